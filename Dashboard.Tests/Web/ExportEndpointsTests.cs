using System.Globalization;
using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Exports;
using Dashboard.Filtering;
using Dashboard.Tests.Exports;
using Dashboard.Tests.Installation.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /export/… on the real app over the demo sector, through the links the export menus and factsheet buttons
/// build (<see cref="ExportEndpoints.Link"/>), so the links and the endpoint are checked together.
/// </summary>
public sealed class ExportEndpointsTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private readonly DashboardFactory _factory = new(demo.Installation);

    /// <summary>What a page's URL holds: the year 2025, the stores and kinds chosen, and the page's own choices.</summary>
    private static DashboardQuery Query(string stores = "", string kinds = "", params (string Key, string Value)[] choices) =>
        new(new NamedFilter
        {
            Period = Period.Year(2025),
            Stores = stores.Split(',', StringSplitOptions.RemoveEmptyEntries),
            PracticeKinds = kinds.Split(',', StringSplitOptions.RemoveEmptyEntries),
        }, false, choices.ToDictionary(c => c.Key, c => c.Value));

    private static string Link(string view, string? chart, string format, DashboardQuery query) =>
        "/" + ExportEndpoints.Link(view, chart, format, query);

    private HttpClient? _client;

    /// <summary>Downloads as an administrator: even their web exports are protected.</summary>
    private async Task<HttpResponseMessage> Get(string url) => await (_client ??= await _factory.SignedIn(Role.Beheerder)).GetAsync(url);

    [Theory]
    [InlineData("overzicht", null, "png", "", "", "grootte=scherm", "image/png", "impactdashboard-overzicht-2026-11-15-scherm.png", "1200×675")]
    [InlineData("praktijk", "doelgroep", "png", "", "horeca", "grootte=print", "image/png", "impactdashboard-praktijk-doelgroep-2026-11-15-print.png", "2480×1395")]
    [InlineData("overzicht", "trend", "svg", "", "", "", "image/svg+xml", "impactdashboard-overzicht-trend-2026-11-15.svg", "svg")]
    [InlineData("vergelijken", null, "xlsx", "", "", "indicator=E1", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "impactdashboard-vergelijken-2026-11-15.xlsx", "Cijfers, Toelichting, Grafiek")]
    [InlineData("praktijk", null, "csv", "", "horeca", "csv=nl", "text/csv", "impactdashboard-praktijk-2026-11-15.csv", "Code|Indicator|Eenheid|Waarde")]
    [InlineData("praktijk", null, "pdf", "", "horeca", "", "application/pdf", "factsheet-praktijk-2026-11-15.pdf", "FACTSHEET · GOEDE PRAKTIJK")]
    [InlineData("overzicht", null, "pdf", "VNL", "", "", "application/pdf", "factsheet-overzicht-2026-11-15.pdf", "FACTSHEET · ORGANISATIE")]
    public async Task Each_format_downloads_as_an_attachment_of_its_kind(string view, string? chart, string format, string stores, string kinds,
        string choice, string mediaType, string fileName, string opensWith)
    {
        var choices = choice.Length == 0 ? [] : new[] { (choice.Split('=')[0], choice.Split('=')[1]) };

        using var response = await Get(Link(view, chart, format, Query(stores, kinds, choices)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        var opened = ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith(opensWith, opened, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_export_is_protected_even_when_its_link_asks_for_exact_figures()
    {
        // In 2025 the demo's horeca practices at Amersfoort, Middelburg and Overvecht each had fewer than 5 people leave.
        var query = Query(kinds: "horeca", choices: [("indicator", "P4R"), ("csv", "nl")]);
        var link = Link("vergelijken", null, "csv", query) + "&weergave=exact&profiel=exact&exact=true";

        using var response = await Get(link);

        var downloaded = await response.Content.ReadAsByteArrayAsync();
        var request = new ExportRequest(ExportView.Vergelijken, Resolve(query), ViewerProfile.Protected, new DateOnly(2026, 11, 15))
        {
            Indicator = IndicatorCode.P4R,
        };
        var exporter = _factory.Services.GetRequiredService<Exporter>();
        Assert.Equal(exporter.Render(request, ExportFormat.Csv).Bytes, downloaded);
        Assert.Contains(CsvFile.Rows(downloaded, ';').SelectMany(r => r), cell => cell == "afgeschermd");
        var exact = exporter.Render(request with { Profile = ViewerProfile.Exact }, ExportFormat.Csv).Bytes;
        Assert.DoesNotContain(CsvFile.Rows(exact, ';').SelectMany(r => r), cell => cell == "afgeschermd");
    }

    [Fact]
    public async Task The_links_of_an_english_page_give_english_files()
    {
        var query = Query(kinds: "horeca", choices: [("csv", "en")]);
        var culture = CultureInfo.CurrentUICulture;
        string english;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            english = Link("vergelijken", null, "csv", query);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
        var dutch = Link("vergelijken", null, "csv", query with { Choices = new Dictionary<string, string> { ["csv"] = "nl" } });

        using var englishResponse = await Get(english);
        using var dutchResponse = await Get(dutch);

        Assert.Contains("taal=en", english, StringComparison.Ordinal);
        Assert.Equal(["Rank", "Store code", "Store", "Organisation"],
            CsvFile.Rows(await englishResponse.Content.ReadAsByteArrayAsync(), ',')[0].Take(4));
        Assert.Equal(["Rang", "Winkelcode", "Winkel", "Organisatie"],
            CsvFile.Rows(await dutchResponse.Content.ReadAsByteArrayAsync(), ';')[0].Take(4));
    }

    [Theory]
    [InlineData("praktijk", "docx", "", "horeca", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "rapport-praktijk-2026-11-15.docx",
        "Impactrapportage\nHoreca")]
    [InlineData("overzicht", "pdf", "VNL", "", "application/pdf", "rapport-overzicht-2026-11-15.pdf", "IMPACTRAPPORTAGE Kringloop Aan de Maas")]
    public async Task The_funder_report_downloads_as_Word_or_PDF(string view, string format, string stores, string kinds, string mediaType, string fileName,
        string opensWith)
    {
        using var response = await Get("/" + ExportEndpoints.ReportLink(view, format, Query(stores, kinds)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        var text = ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith(opensWith, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_vergelijken_is_a_bad_request_that_says_why_in_Dutch()
    {
        using var response = await Get("/" + ExportEndpoints.ReportLink("vergelijken", "docx", Query()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Een rapport is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor vergelijken.",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vergelijken", "pdf", "", "", "", "Een factsheet is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor vergelijken.")]
    [InlineData("overzicht", "pdf", "", "", "", "Een factsheet van het overzicht is er voor één organisatie: kies er één.")]
    [InlineData("praktijk", "csv", "", "horeca,fietsen", "", "Een goede praktijk is één praktijk of één soort praktijk: kies er één.")]
    [InlineData("overzicht", "png", "", "", "norm=m2", "Omrekenen per deelnemer, uur of m² kan alleen bij vergelijken.")]
    [InlineData("vergelijken", "xlsx", "", "", "norm=deelnemer",
        "P4R is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.")]
    [InlineData("vergelijken", "csv", "XYZ", "", "", "Onbekende winkel 'XYZ'.")]
    [InlineData("vergelijken", "svg", "", "horeka", "", "'horeka' is geen bekende soort praktijk (bedoelt u 'horeca'?).")]
    public async Task A_request_that_cannot_be_made_is_a_bad_request_that_says_why_in_Dutch(string view, string format, string stores, string kinds,
        string choice, string message)
    {
        var choices = choice.Length == 0 ? [] : new[] { (choice.Split('=')[0], choice.Split('=')[1]) };

        using var response = await Get(Link(view, null, format, Query(stores, kinds, choices)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Far more than refusing a period takes, or drawing the longest one allowed (about a second); 5,000 years kept both
    /// cores busy for more than 9 minutes.
    /// </summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>A GET that the test stops waiting for when it runs over <see cref="Budget"/>.</summary>
    private async Task<HttpResponseMessage> GetWithin(HttpClient client, string url)
    {
        using var budget = new CancellationTokenSource(Budget);
        // The in-memory server gives a cancelled request up only when the app does: the test stops waiting at once.
        return await client.GetAsync(url, budget.Token).WaitAsync(budget.Token);
    }

    [Theory]
    [InlineData("/export/overzicht.png?van=5000-01-01&tot=9998-12-31",
        "De periode 01-01-5000 t/m 31-12-9998 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("/export/vergelijken.svg?van=0001-01-01&tot=9999-12-31",
        "De periode 01-01-0001 t/m 31-12-9999 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("/export/praktijk.pdf?soort=horeca&van=0001-01-01&tot=0001-12-31",
        "De periode 01-01-0001 t/m 31-12-0001 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    [InlineData("/export/overzicht.csv?van=1000-01-01&tot=1000-03-31",
        "De periode 01-01-1000 t/m 31-03-1000 ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent: kies een periode daarbinnen.")]
    public async Task A_period_beyond_the_limits_is_refused_at_once_as_a_bad_request_that_says_why_in_Dutch(string url, string message)
    {
        var board = await _factory.SignedIn(url.Contains(".csv", StringComparison.Ordinal) ? Role.Communicatie : Role.Bestuur);

        using var response = await GetWithin(board, url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(message, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("overzicht", "png", "VNL", "")]
    [InlineData("overzicht", "svg", "", "")]
    [InlineData("overzicht", "xlsx", "", "")]
    [InlineData("overzicht", "pdf", "VNL", "")]
    [InlineData("praktijk", "pdf", "", "horeca")]
    [InlineData("praktijk", "xlsx", "", "horeca")]
    [InlineData("vergelijken", "png", "", "")]
    public async Task The_longest_period_allowed_downloads_within_the_budget(string view, string format, string stores, string kinds)
    {
        var query = Query(stores, kinds) with
        {
            Filter = Query(stores, kinds).Filter with { Period = new Period(new DateOnly(1976, 11, 16), new DateOnly(2026, 11, 15)) },
        };
        _client ??= await _factory.SignedIn(Role.Beheerder);

        using var response = await GetWithin(_client, Link(view, null, format, query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), await response.Content.ReadAsByteArrayAsync()));
    }

    [Theory]
    [InlineData("/export/winkels.csv")]
    [InlineData("/export/overzicht.docx")]
    [InlineData("/rapport/overzicht.png")]
    [InlineData("/rapport/overzicht.xlsx")]
    [InlineData("/rapport/sectoren.docx")]
    [InlineData("/export/praktijk/taart.png?soort=horeca")]
    [InlineData("/export/vergelijken/trend.svg")]
    [InlineData("/export/1.csv")]
    [InlineData("/export/overzicht.0")]
    public async Task A_view_format_or_chart_that_does_not_exist_is_not_found(string url)
    {
        using var response = await Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private IndicatorFilter Resolve(DashboardQuery query) =>
        FilterResolver.Resolve(query.Filter, query.Filter.Period!.Value, _factory.Services.GetRequiredService<IndicatorService>().Snapshot.Practices);

    public void Dispose() => _factory.Dispose();
}
