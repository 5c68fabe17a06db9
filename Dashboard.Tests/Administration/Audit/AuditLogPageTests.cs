using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Administration.Audit;

/// <summary>The Auditlog page as the server first renders it, on each provider: entries in local time, newest first, the filter taken from the address.</summary>
public sealed class AuditLogPageTests
{
    private static async Task<string> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_beheerder_reads_the_entries_in_local_time_with_the_operator_and_an_unknown_user_as_they_are(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        using var factory = new DashboardFactory(install);
        var client = await factory.SignedIn(Role.Beheerder);
        var log = factory.Services.GetRequiredService<AuditLog>();
        log.Write(AuditLog.Operator, AuditAction.Import, "winkels · winkels.csv", "gelukt: import 1, 7 rijen");
        log.Write(null, AuditAction.AanmeldenMislukt, "onbekende gebruikersnaam 'x'", "geweigerd");

        var html = await Get(client, "/auditlog");

        Assert.Contains(">Auditlog</h1>", html);
        // The test clock stands at noon, Amsterdam winter time: 11:00 UTC in the database.
        Assert.Contains("15-11-2026 12:00:00", html);
        Assert.Contains("(opdrachtregel)", html);
        Assert.Contains(">—<", html);
        Assert.Contains("Aanmelden mislukt", html);
        Assert.True(html.IndexOf("onbekende gebruikersnaam 'x'", StringComparison.Ordinal) < html.IndexOf("winkels · winkels.csv", StringComparison.Ordinal),
            "newest first");
        Assert.DoesNotContain("Verwijderen", html);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_filter_in_the_address_narrows_the_entries_and_fills_in_the_form(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        using var factory = new DashboardFactory(install);
        var client = await factory.SignedIn(Role.Beheerder);
        var log = factory.Services.GetRequiredService<AuditLog>();
        log.Write("anna", AuditAction.Export, "Overzicht · Excel", "gelukt");
        log.Write("bert", AuditAction.Export, "Vergelijken · PNG", "gelukt");
        log.Write("anna", AuditAction.Instellingen, "CO2 en gewichten", "opgeslagen");

        var html = await Get(client, "/auditlog?gebruiker=anna&actie=export&van=2026-11-15&tot=2026-11-15");

        Assert.Contains("Overzicht · Excel", html);
        Assert.DoesNotContain("Vergelijken · PNG", html);
        Assert.DoesNotContain("CO2 en gewichten", html);
        Assert.Contains("1 regel", html);
        Assert.Contains("Filters wissen", html);
        Assert.Matches("name=\"audit-user\"[^>]*value=\"anna\"|value=\"anna\"[^>]*name=\"audit-user\"", html);
        Assert.DoesNotContain("Overzicht · Excel", await Get(client, "/auditlog?van=2026-11-16"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_filter_that_makes_no_sense_is_left_out_rather_than_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        using var factory = new DashboardFactory(install);
        var client = await factory.SignedIn(Role.Beheerder);
        factory.Services.GetRequiredService<AuditLog>().Write("anna", AuditAction.Export, "Overzicht · Excel", "gelukt");

        var html = await Get(client, "/auditlog?actie=bestaatniet&van=gisteren");

        Assert.Contains("Overzicht · Excel", html);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_line_an_action_wrote_is_shown_in_the_readers_language_and_an_older_line_as_stored(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        using var factory = new DashboardFactory(install);
        var client = await factory.SignedIn(Role.Beheerder);
        var log = factory.Services.GetRequiredService<AuditLog>();
        log.Write("anna", AuditAction.Import, "verkopen · mei.csv", "geweigerd: 2 problemen, niets veranderd");
        log.Write(Actor.CommandLine, new AuditLine(AuditWordings.ImportRefused, ("kind", "verkopen"), ("file", "juni.csv"), ("problems", 3)));

        var dutch = await Get(client, "/auditlog");
        await client.GetAsync("/taal?cultuur=en-GB&terug=/");
        var english = await Get(client, "/auditlog");

        Assert.Contains("geweigerd: 3 problemen, niets veranderd", dutch);
        Assert.Contains("refused: 3 problems, nothing changed", english);
        Assert.DoesNotContain("geweigerd: 3 problemen", english);
        Assert.Contains("geweigerd: 2 problemen, niets veranderd", english);
    }
}
