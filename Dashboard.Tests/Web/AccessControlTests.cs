using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Tests.Installation.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// The role table of docs/privacy-en-toegang.md#rollen-en-bereik through HTTP, on the demo sector: who may see which page, which figures and which
/// downloads, and that editing a URL never reaches outside a user's scope. Stichting Tweede Ronde has the stores
/// AMF and UTO; in 2025 its Amersfoort lunchroom had 3 people leave for paid work — a small cell.
/// </summary>
public sealed partial class AccessControlTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private const string Own = "Stichting Tweede Ronde";
    private const string Other = "Kringloop Aan de Maas";
    private const string Horeca2025 = "van=2025-01-01&tot=2025-12-31&soort=horeca";

    private readonly DashboardFactory _factory = new(demo.Installation);

    public static TheoryData<string> EveryPageAndEndpoint =>
    [
        "/", "/goede-praktijk?soort=horeca", "/vergelijken", "/importeren", "/instellingen", "/gegevens", "/gebruikers", "/auditlog", "/wachtwoord",
        "/export/vergelijken.csv", "/export/overzicht.png", "/export/praktijk.pdf?soort=horeca", "/export/overzicht/trend.svg",
        "/import/sjabloon/winkels.csv",
    ];

    [Theory]
    [MemberData(nameof(EveryPageAndEndpoint))]
    public async Task Without_logging_in_every_page_and_download_sends_to_the_login_page(string url)
    {
        using var response = await _factory.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/export/vergelijken.csv?org=" + Other)]
    [InlineData("/export/overzicht.csv?winkel=VNL")]
    [InlineData("/export/overzicht.png?org=" + Own + "&org=" + Other)]
    [InlineData("/export/praktijk.pdf?praktijk=VNL/REST")]
    [InlineData("/export/praktijk/doelgroep.xlsx?praktijk=VNL/REST")]
    [InlineData("/export/overzicht.pdf?org=" + Other)]
    public async Task A_director_editing_an_export_link_to_another_organisation_gets_no_access(string url)
    {
        var director = await _factory.SignedIn(Role.Directie, Own);

        using var response = await director.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("Geen toegang", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/vergelijken?org=" + Other)]
    [InlineData("/?winkel=VNL")]
    [InlineData("/goede-praktijk?praktijk=VNL/REST")]
    public async Task A_director_editing_a_page_url_to_another_organisation_sees_geen_toegang_not_an_empty_chart(string url)
    {
        var director = await _factory.SignedIn(Role.Directie, Own);

        var text = Text(await director.GetStringAsync(url));

        Assert.Contains("Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Aan de Maas Venlo", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/export/overzicht.csv", "org", Other, "Kringloop Nergens")]
    [InlineData("/export/overzicht.csv", "winkel", "VNL", "XYZ")]
    [InlineData("/export/vergelijken.xlsx", "praktijk", "VNL/REST", "XYZ/REST")]
    [InlineData("/vergelijken", "org", Other, "Kringloop Nergens")]
    [InlineData("/", "winkel", "VNL", "XYZ")]
    [InlineData("/goede-praktijk", "praktijk", "VNL/REST", "XYZ/REST")]
    public async Task For_a_director_another_organisations_place_and_one_that_does_not_exist_answer_alike(string path, string key, string outside, string unknown)
    {
        var director = await _factory.SignedIn(Role.Directie, Own);

        using var toOutside = await director.GetAsync($"{path}?{key}={Uri.EscapeDataString(outside)}");
        using var toUnknown = await director.GetAsync($"{path}?{key}={Uri.EscapeDataString(unknown)}");

        Assert.Equal(toOutside.StatusCode, toUnknown.StatusCode);
        var answer = Text(await toOutside.Content.ReadAsStringAsync());
        Assert.Contains(ScopedFilter.NoAccess, answer, StringComparison.Ordinal);
        Assert.Equal(answer.Replace(outside, "…", StringComparison.Ordinal),
            Text(await toUnknown.Content.ReadAsStringAsync()).Replace(unknown, "…", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_director_without_a_filter_gets_only_their_own_stores()
    {
        var director = await _factory.SignedIn(Role.Directie, Own);

        var csv = await director.GetStringAsync("/export/vergelijken.csv?" + Horeca2025);

        var stores = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(';')[1]).Order().ToList();
        Assert.Equal(["AMF", "UTO"], stores);
    }

    [Fact]
    public async Task A_board_member_of_the_whole_sector_sees_less_than_5_where_the_director_of_that_organisation_sees_3()
    {
        var director = await _factory.SignedIn(Role.Directie, Own);
        var board = await _factory.SignedIn(Role.Bestuur);
        const string url = "/vergelijken?" + Horeca2025 + "&indicator=P4";

        var directorSees = Text(await director.GetStringAsync(url));
        var boardSees = Text(await board.GetStringAsync(url));

        Assert.Contains("Tweede Ronde Amersfoort Stichting Tweede Ronde 3 ", directorSees, StringComparison.Ordinal);
        Assert.Contains("Tweede Ronde Amersfoort Stichting Tweede Ronde <5 ", boardSees, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_communications_user_of_one_organisation_downloads_its_figures_but_gets_403_for_another()
    {
        var communications = await _factory.SignedIn(Role.Communicatie, Own);

        using var own = await communications.GetAsync("/export/vergelijken.xlsx?org=" + Own);
        using var other = await communications.GetAsync("/export/vergelijken.xlsx?org=" + Other);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Theory]
    [InlineData("/export/vergelijken.xlsx", HttpStatusCode.Forbidden)]
    [InlineData("/export/vergelijken.csv", HttpStatusCode.Forbidden)]
    [InlineData("/export/vergelijken.png", HttpStatusCode.OK)]
    [InlineData("/export/vergelijken.svg", HttpStatusCode.OK)]
    [InlineData("/export/praktijk.pdf?soort=horeca", HttpStatusCode.OK)]
    public async Task The_board_takes_charts_and_factsheets_but_not_the_figures_as_a_spreadsheet(string url, HttpStatusCode expected)
    {
        var board = await _factory.SignedIn(Role.Bestuur);

        using var response = await board.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Bestuur, "/instellingen")]
    [InlineData(Role.Bestuur, "/importeren")]
    [InlineData(Role.Bestuur, "/gegevens")]
    [InlineData(Role.Communicatie, "/instellingen")]
    [InlineData(Role.Communicatie, "/importeren")]
    [InlineData(Role.Directie, "/gebruikers")]
    [InlineData(Role.Directie, "/auditlog")]
    public async Task A_page_outside_the_role_goes_to_geen_toegang(Role role, string url)
    {
        var user = role == Role.Bestuur ? await _factory.SignedIn(role) : await _factory.SignedIn(role, Own);

        using var response = await user.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/geen-toegang", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_disabled_user_loses_access_at_their_next_request()
    {
        var userName = $"uit-{Guid.NewGuid():N}"[..16];
        var id = _factory.CreateUser(userName, Role.Bestuur);
        var client = _factory.Anonymous();
        await DashboardFactory.LogIn(client, userName, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/export/vergelijken.png")).StatusCode);

        _factory.Services.GetRequiredService<UserStore>().SetDisabled(id, true);

        using var response = await client.GetAsync("/export/vergelijken.png");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen", response.Headers.Location!.AbsolutePath);
        Assert.Contains("Gebruikersnaam of wachtwoord klopt niet.",
            Text(await (await DashboardFactory.LogIn(client, userName, DashboardFactory.Password)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_scope_ends_the_session_that_carried_the_old_one()
    {
        var userName = $"scope-{Guid.NewGuid():N}"[..16];
        var id = _factory.CreateUser(userName, Role.Communicatie, Own);
        var client = _factory.Anonymous();
        await DashboardFactory.LogIn(client, userName, DashboardFactory.Password);
        var users = _factory.Services.GetRequiredService<UserStore>();

        users.Update(id, new UserDraft(userName, userName, Role.Communicatie, true, new HashSet<long>()));

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/export/vergelijken.csv?org=" + Other)).StatusCode);
        await DashboardFactory.LogIn(client, userName, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/export/vergelijken.csv?org=" + Other)).StatusCode);
    }

    [Fact]
    public async Task With_a_one_time_password_only_the_password_page_opens_until_a_new_one_is_chosen()
    {
        var userName = $"nieuw-{Guid.NewGuid():N}"[..16];
        var id = _factory.CreateUser(userName, Role.Bestuur);
        var users = _factory.Services.GetRequiredService<UserStore>();
        users.SetPassword(id, _factory.Services.GetRequiredService<Dashboard.Access.Passwords>().Hash("eenmalig-1234567"), mustChange: true);
        var client = _factory.Anonymous();

        var login = await DashboardFactory.LogIn(client, userName, "eenmalig-1234567");
        Assert.Equal("/wachtwoord", new Uri(client.BaseAddress!, login.Headers.Location!).AbsolutePath);
        using (var page = await client.GetAsync("/vergelijken"))
        {
            Assert.Equal("/wachtwoord", new Uri(client.BaseAddress!, page.Headers.Location!).AbsolutePath);
        }

        var changed = await DashboardFactory.ChangePassword(client, "eenmalig-1234567", "mijn eigen lange wachtwoord");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/vergelijken")).StatusCode);
        Assert.False(users.Find(id)!.MustChangePassword);
        Assert.Single(Audit(new AuditQuery { UserName = userName, Action = AuditAction.WachtwoordGewijzigd }));
    }

    [Fact]
    public async Task With_a_one_time_password_downloads_templates_and_the_blazor_hub_are_refused_until_a_new_one_is_chosen()
    {
        var userName = $"eenmalig-{Guid.NewGuid():N}"[..16];
        var id = _factory.CreateUser(userName, Role.Beheerder);
        _factory.Services.GetRequiredService<UserStore>().SetPassword(id, _factory.Services.GetRequiredService<Dashboard.Access.Passwords>().Hash("eenmalig-1234567"), mustChange: true);
        var client = _factory.Anonymous();
        await DashboardFactory.LogIn(client, userName, "eenmalig-1234567");
        string[] downloads = ["/export/overzicht.csv", "/export/vergelijken.xlsx", "/import/sjabloon/winkels.csv"];

        foreach (var url in downloads)
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(Dashboard.Access.AccessSetup.MustChangePasswordFirst, await refused.Content.ReadAsStringAsync());
        }
        using (var hub = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
            Assert.Equal(Dashboard.Access.AccessSetup.MustChangePasswordFirst, await hub.Content.ReadAsStringAsync());
        }
        Assert.Empty(Audit(new AuditQuery { UserName = userName, Action = AuditAction.Export }));

        using var changed = await DashboardFactory.ChangePassword(client, "eenmalig-1234567", "mijn eigen lange wachtwoord");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        foreach (var url in downloads)
        {
            using var allowed = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var negotiated = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
    }

    [Fact]
    public async Task The_audit_log_records_logins_and_every_download_with_its_filter_and_outcome()
    {
        var communications = await _factory.SignedIn(Role.Communicatie, Own);
        var userName = Audit(new AuditQuery { Action = AuditAction.Aanmelden }).First().UserName;

        await communications.GetAsync("/export/vergelijken.csv?" + Horeca2025);
        await communications.GetAsync("/export/vergelijken.csv?org=" + Other);

        var exports = Audit(new AuditQuery { UserName = userName, Action = AuditAction.Export });
        Assert.Equal(2, exports.Count);
        Assert.Equal("/export/vergelijken.csv?org=Kringloop%20Aan%20de%20Maas", exports[0].Subject);
        Assert.Equal("geweigerd: buiten de rechten", exports[0].Outcome);
        Assert.Equal("/export/vergelijken.csv?" + Horeca2025, exports[1].Subject);
        Assert.StartsWith("gelukt: impactdashboard-vergelijken-", exports[1].Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_site_cannot_log_a_user_out_but_the_page_form_can()
    {
        var user = await _factory.SignedIn(Role.Bestuur);

        using var forged = await user.PostAsync("/uitloggen", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/export/vergelijken.png")).StatusCode);

        var page = await user.GetStringAsync("/vergelijken");
        using var real = await user.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardFactory.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/export/vergelijken.png")).StatusCode);
    }

    private IReadOnlyList<AuditEntry> Audit(AuditQuery query) => _factory.Services.GetRequiredService<AuditLog>().Read(query);

    /// <summary>A page's text as a person reads it: tags gone, entities decoded, white space folded.</summary>
    private static string Text(string html) => WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, " "), " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public void Dispose() => _factory.Dispose();
}
