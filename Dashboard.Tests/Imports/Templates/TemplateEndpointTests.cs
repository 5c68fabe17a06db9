using System.Net;
using System.Text;
using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Templates;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;

namespace Dashboard.Tests.Imports.Templates;

/// <summary>GET /import/sjabloon/{soort}.{csv|xlsx} on the real app, whose downloads import into its own installation.</summary>
public sealed class TemplateEndpointTests : IDisposable
{
    private readonly TestInstallation _install = new();

    [Theory]
    [InlineData("winkels", "csv", "text/csv")]
    [InlineData("deelnemers", "csv", "text/csv")]
    [InlineData("certificaten", "csv", "text/csv")]
    [InlineData("verkopen", "csv", "text/csv")]
    [InlineData("investeringen", "csv", "text/csv")]
    [InlineData("winkels", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("deelnemers", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("certificaten", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("verkopen", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("investeringen", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    public async Task Downloads_a_template_that_imports_into_an_empty_installation(string kind, string extension, string contentType)
    {
        using var factory = new DashboardFactory(_install);
        var client = (await factory.SignedIn(Role.Beheerder));
        var importKind = ImportTemplates.ParseKind(kind)!.Value;
        if (importKind != ImportKind.Winkels)
        {
            Import(ImportKind.Winkels, extension, await Download(client, "winkels", extension));
        }

        using var response = await client.GetAsync($"/import/sjabloon/{kind}.{extension}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"sjabloon-{kind}.{extension}", response.Content.Headers.ContentDisposition?.FileName);
        var outcome = Import(importKind, extension, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, outcome.Summary!.Added);
    }

    [Fact]
    public async Task The_import_page_offers_the_investments_templates()
    {
        using var factory = new DashboardFactory(_install);
        var client = await factory.SignedIn(Role.Beheerder);

        var page = await client.GetStringAsync("/importeren");

        Assert.Contains("Investeringen", page);
        Assert.Contains("href=\"import/sjabloon/investeringen.xlsx\"", page);
        Assert.Contains("href=\"import/sjabloon/investeringen.csv\"", page);
    }

    [Theory]
    [InlineData("/import/sjabloon/klanten.csv")]
    [InlineData("/import/sjabloon/verkopen.pdf")]
    [InlineData("/import/sjabloon/winkels,deelnemers.csv")]
    [InlineData("/import/sjabloon/1.csv")]
    public async Task An_unknown_kind_or_extension_is_not_found(string url)
    {
        using var factory = new DashboardFactory(_install);

        using var response = await (await factory.SignedIn(Role.Beheerder)).GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_examples_refer_to_the_first_practice_of_the_installation_and_to_today()
    {
        _install.WithStandardStores();
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "tot-gisteren.csv",
            SaleRow.File(SaleRow.Days("AAN", "REST", new DateOnly(2026, 10, 1), TestInstallation.Today.AddDays(-1)))));
        using var factory = new DashboardFactory(_install);
        var client = (await factory.SignedIn(Role.Beheerder));

        var sales = await Download(client, "verkopen", "csv");
        var stores = await Download(client, "winkels", "csv");

        Assert.EndsWith("\r\n15-11-2026;AAN;REST;horeca;12,50;3;;1\r\n", Encoding.UTF8.GetString(sales));
        Assert.EndsWith("\r\nKringloop Aan de Maas;AAN;Aan de Maas Centrum;Venlo;REST;Restaurant De Pan;horeca;1250\r\n", Encoding.UTF8.GetString(stores));
        Import(ImportKind.Verkopen, "csv", sales);
        var unchanged = Import(ImportKind.Winkels, "csv", stores);
        Assert.Equal(1, unchanged.Summary!.Unchanged);
    }

    [Fact]
    public async Task A_real_practice_is_the_example_before_a_demo_one_and_the_demo_alone_gets_the_fictional_store()
    {
        ImportAssert.Succeeded(_install.Importer.Import(new ImportRequest(ImportKind.Winkels, _install.WriteFile("demo.csv", """
            organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
            Demo Kringloop;AAA;Demo Centrum;Demostad;WINKEL;Winkelvloer;winkel
            """)) { IsDemo = true }));
        using var factory = new DashboardFactory(_install);
        var client = (await factory.SignedIn(Role.Beheerder));

        var demoOnly = await Download(client, "winkels", "xlsx");
        Assert.Equal(1, Import(ImportKind.Winkels, "xlsx", demoOnly).Summary!.Added);
        Assert.Equal(["AAA|1", "VBK|0"], _install.Lines("SELECT s.code, o.is_demo FROM stores s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.code"));
        _install.WithStandardStores();

        var trajectories = await Download(client, "deelnemers", "csv");

        Assert.Contains("\r\nVOORBEELD-001;AAN;REST;", Encoding.UTF8.GetString(trajectories));
        Import(ImportKind.Deelnemers, "csv", trajectories);
    }

    private static async Task<byte[]> Download(HttpClient client, string kind, string extension)
    {
        using var response = await client.GetAsync($"/import/sjabloon/{kind}.{extension}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private ImportOutcome Import(ImportKind kind, string extension, byte[] bytes)
    {
        var outcome = ImportAssert.Succeeded(_install.Import(kind, _install.WriteBytes($"{Guid.NewGuid():N}.{extension}", bytes)));
        Assert.True(outcome.Report.Warnings.Count == 0, ImportAssert.Text(outcome));
        return outcome;
    }

    public void Dispose() => _install.Dispose();
}
