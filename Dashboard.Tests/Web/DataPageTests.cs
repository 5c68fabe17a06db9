using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Web;

public sealed class DataPageTests : IDisposable
{
    private readonly TestInstallation _install = new();

    [Fact]
    public async Task An_empty_database_says_what_to_import_first()
    {
        using var factory = new DashboardFactory(_install);

        var html = await (await factory.SignedIn(Role.Beheerder)).GetStringAsync("/gegevens");

        Assert.Contains("De database is nog leeg", html);
    }

    [Fact]
    public async Task Shows_the_loaded_organisations_and_the_import_history()
    {
        _install.Import(ImportKind.Winkels, "winkels.csv", """
            organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
            Kringloop Bé Anders;BEA;Bé Anders;Tiel;WINKEL;Winkelvloer;winkel
            """);
        using var factory = new DashboardFactory(_install);

        var html = await (await factory.SignedIn(Role.Beheerder)).GetStringAsync("/gegevens");

        Assert.Contains("Kringloop Bé Anders", System.Net.WebUtility.HtmlDecode(html));
        Assert.Contains("winkels.csv", html);
        Assert.Contains("Importgeschiedenis", html);
    }

    [Fact]
    public async Task The_administrator_and_a_director_find_the_erasure_section_with_only_the_organisations_in_their_scope()
    {
        _install.WithStandardStores();
        using var factory = new DashboardFactory(_install);

        var administrator = System.Net.WebUtility.HtmlDecode(await (await factory.SignedIn(Role.Beheerder)).GetStringAsync("/gegevens"));
        var director = System.Net.WebUtility.HtmlDecode(await (await factory.SignedIn(Role.Directie, TestSupport.StandardStores.Zwolle)).GetStringAsync("/gegevens"));

        Assert.Contains("Deelnemer wissen (AVG-verzoek)", administrator);
        Assert.Contains("Deelnemerscode", administrator);
        Assert.Contains("Deelnemer wissen (AVG-verzoek)", director);
        Assert.Contains(TestSupport.StandardStores.Zwolle, director);
        Assert.DoesNotContain(TestSupport.StandardStores.AanDeMaas, director);
    }

    public void Dispose() => _install.Dispose();
}
