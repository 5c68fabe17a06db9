using System.Net;
using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// The login form as a guesser meets it: the answers never tell a known name from an unknown one, failures make the
/// next attempt wait longer instead of locking the account, the owner still gets in from their own address, and the
/// way back after a login stays on this site.
/// </summary>
public sealed class LoginTests : IDisposable
{
    private const string Guesser = "203.0.113.66";
    private const string Office = "192.0.2.10";
    private const string Wrong = "niet het goede wachtwoord";
    private const string WrongCredentials = "Gebruikersnaam of wachtwoord klopt niet.";

    private readonly FixedClock _clock = new(2026, 11, 15);
    private readonly TestInstallation _install;
    private readonly DashboardFactory _factory;

    public LoginTests()
    {
        _install = new TestInstallation(_clock);
        _factory = new DashboardFactory(_install);
        _factory.CreateUser("anna", Role.Bestuur);
    }

    /// <summary>What the login page says after an attempt; empty when the attempt got in.</summary>
    private static async Task<string> Attempt(HttpClient browser, string userName, string password)
    {
        using var response = await DashboardFactory.LogIn(browser, userName, password);
        return await DashboardFactory.Problem(response);
    }

    private IReadOnlyList<AuditEntry> Audit(AuditQuery query) => _factory.Services.GetRequiredService<AuditLog>().Read(query);

    [Fact]
    public async Task An_unknown_name_and_a_known_one_get_the_same_answers_attempt_after_attempt()
    {
        var browser = _factory.At(Guesser);
        List<string> known = [], unknown = [];

        for (var attempt = 0; attempt < 7; attempt++)
        {
            known.Add(await Attempt(browser, "anna", Wrong));
            unknown.Add(await Attempt(browser, "annabel", Wrong));
        }

        Assert.Equal(known, unknown);
        Assert.Equal([.. Enumerable.Repeat(WrongCredentials, 3), .. Enumerable.Repeat("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.", 4)], known);
    }

    [Fact]
    public async Task From_ever_new_addresses_a_known_name_and_an_unknown_one_get_the_same_answers_though_the_known_one_logged_in_before()
    {
        Assert.Equal("", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
        List<string> known = [], unknown = [];

        for (var attempt = 1; attempt <= 14; attempt++)
        {
            known.Add(await Attempt(_factory.At($"198.51.100.{attempt}"), "anna", Wrong));
            unknown.Add(await Attempt(_factory.At($"198.51.101.{attempt}"), "annabel", Wrong));
        }

        Assert.Equal(known, unknown);
        Assert.Equal([.. Enumerable.Repeat(WrongCredentials, 10), .. Enumerable.Repeat("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.", 4)], known);
    }

    [Fact]
    public async Task Guessing_from_ever_new_addresses_does_not_keep_the_owner_out_where_they_logged_in_before()
    {
        Assert.Equal("", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
        var address = 0;
        List<string> owner = [];

        // A wrong password every 0.1 s from a new address, and the owner with the right one every 12 s from the office.
        for (var tick = 1; tick <= 600; tick++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(100));
            await Attempt(_factory.At($"10.{++address / 250}.{address % 250}.1"), "anna", Wrong);
            if (tick % 120 == 60)
            {
                owner.Add(await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
            }
        }

        Assert.Equal(Enumerable.Repeat("", 5), owner);
        Assert.StartsWith("Te veel mislukte pogingen.", await Attempt(_factory.At(Guesser), "anna", DashboardFactory.Password), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_attack_the_right_password_starts_the_count_afresh_for_every_address()
    {
        for (var attempt = 1; attempt <= 14; attempt++)
        {
            await Attempt(_factory.At($"198.51.100.{attempt}"), "anna", Wrong);
            _clock.Advance(TimeSpan.FromSeconds(10));
        }
        _clock.Advance(LoginThrottle.LongestWaitPerAccount);
        Assert.Equal("", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));

        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
        Assert.Equal("", await Attempt(_factory.At("192.0.2.77"), "anna", DashboardFactory.Password));
    }

    [Fact]
    public async Task A_disabled_account_answers_its_right_password_as_a_wrong_one_and_the_audit_log_says_why()
    {
        var users = _factory.Services.GetRequiredService<UserStore>();
        users.SetDisabled(users.Find("anna")!.Id, true);

        Assert.Equal(WrongCredentials, await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
        Assert.Equal(WrongCredentials, await Attempt(_factory.At(Office), "anna", Wrong));

        var entries = Audit(new AuditQuery { UserName = "anna", Action = AuditAction.AanmeldenMislukt });
        Assert.Equal([$"verkeerd wachtwoord vanaf {Office}", $"account uitgeschakeld, vanaf {Office}"], entries.Select(e => e.Subject));
    }

    [Fact]
    public async Task An_overlong_user_name_or_password_is_refused_unchecked_and_not_written_back_into_the_page()
    {
        var browser = _factory.At(Guesser);
        var overlong = new string('a', 10_000);

        foreach (var (userName, password) in new[] { (overlong, Wrong), ("anna", overlong) })
        {
            using var response = await DashboardFactory.LogIn(browser, userName, password);
            var page = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Een gebruikersnaam heeft hoogstens 64 tekens en een wachtwoord hoogstens 256.", page, StringComparison.Ordinal);
            Assert.DoesNotContain(new string('a', 100), page, StringComparison.Ordinal);
        }
        Assert.Empty(Audit(new AuditQuery { Action = AuditAction.AanmeldenMislukt }));
        Assert.Equal(0, _install.Count("login_throttle"));
    }

    [Fact]
    public async Task A_password_typed_is_never_written_back_into_the_page()
    {
        using var response = await DashboardFactory.LogIn(_factory.At(Guesser), "anna", Wrong);

        Assert.DoesNotContain(Wrong, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ //evil.example")]
    [InlineData("/\t//evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/\n/evil.example")]
    public async Task After_a_login_the_way_back_never_leaves_this_site(string returnPath)
    {
        using var response = await DashboardFactory.LogIn(_factory.At(Office), "anna", DashboardFactory.Password, Regex.Unescape(returnPath));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("http://localhost/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task After_a_login_the_way_back_goes_to_the_page_that_asked_for_it()
    {
        using var response = await DashboardFactory.LogIn(_factory.At(Office), "anna", DashboardFactory.Password, "/vergelijken?jaar=2025");

        Assert.Equal("http://localhost/vergelijken?jaar=2025", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task While_one_address_waits_the_right_password_from_another_address_gets_in()
    {
        var guesser = _factory.At(Guesser);
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await Attempt(guesser, "anna", Wrong);
        }

        Assert.StartsWith("Te veel mislukte pogingen.", await Attempt(guesser, "anna", DashboardFactory.Password), StringComparison.Ordinal);
        var office = _factory.At(Office);
        Assert.Equal("", await Attempt(office, "anna", DashboardFactory.Password));
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/wachtwoord")).StatusCode);
    }

    [Fact]
    public async Task Each_wait_is_longer_than_the_last_and_a_restart_forgets_none()
    {
        var browser = _factory.At(Guesser);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await Attempt(browser, "anna", Wrong);
        }
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.", await Attempt(browser, "anna", Wrong));

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(WrongCredentials, await Attempt(browser, "anna", Wrong));
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 10 seconden opnieuw.", await Attempt(browser, "anna", Wrong));

        using var restarted = new DashboardFactory(_install);
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 10 seconden opnieuw.", await Attempt(restarted.At(Guesser), "anna", DashboardFactory.Password));
    }

    [Fact]
    public async Task Fresh_ipv6_addresses_of_one_network_wait_as_one_address()
    {
        for (var host = 1; host <= 3; host++)
        {
            Assert.Equal(WrongCredentials, await Attempt(_factory.At($"2001:db8:1:2::{host:x}"), "anna", Wrong));
        }

        Assert.Equal("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.", await Attempt(_factory.At("2001:db8:1:2::ff"), "anna", Wrong));
        Assert.Equal(WrongCredentials, await Attempt(_factory.At("2001:db8:1:3::1"), "anna", Wrong));
    }

    [Fact]
    public async Task Guesses_from_many_addresses_make_even_a_new_address_wait()
    {
        for (var address = 1; address <= LoginThrottle.FreeAttemptsPerAccount; address++)
        {
            Assert.Equal(WrongCredentials, await Attempt(_factory.At($"198.51.100.{address}"), "anna", Wrong));
        }

        Assert.Equal("Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw.", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("", await Attempt(_factory.At(Office), "anna", DashboardFactory.Password));
    }

    [Fact]
    public async Task Every_attempt_is_in_the_audit_log_with_its_address_and_the_name_as_typed_when_no_user_has_it()
    {
        var browser = _factory.At(Guesser);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await Attempt(browser, "anna", Wrong);
        }
        await Attempt(browser, "annabel", Wrong);

        var known = Audit(new AuditQuery { UserName = "anna", Action = AuditAction.AanmeldenMislukt });
        Assert.Equal(3, known.Count);
        Assert.Equal(($"verkeerd wachtwoord vanaf {Guesser}", "geweigerd"), (known[0].Subject, known[0].Outcome));
        var unknown = Audit(new AuditQuery { Action = AuditAction.AanmeldenMislukt }).First();
        Assert.Equal((null, $"onbekende gebruikersnaam 'annabel' vanaf {Guesser}", "geweigerd"), (unknown.UserName, unknown.Subject, unknown.Outcome));
    }

    [Fact]
    public async Task An_attempt_too_soon_is_recorded_alike_for_a_known_name_and_an_unknown_one_without_looking_either_up()
    {
        var browser = _factory.At(Guesser);
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await Attempt(browser, "anna", Wrong);
            await Attempt(browser, "annabel", Wrong);
        }

        var tooSoon = Audit(new AuditQuery { Action = AuditAction.AanmeldenMislukt }).Where(e => e.Outcome == "geweigerd, niet gecontroleerd")
            .Select(e => (e.UserName, e.Subject)).ToList();
        Assert.Equal(
            [
                (null, $"gebruikersnaam 'annabel' vanaf {Guesser}: te snel na mislukte pogingen, nog 5 s wachten"),
                (null, $"gebruikersnaam 'anna' vanaf {Guesser}: te snel na mislukte pogingen, nog 5 s wachten"),
            ], tooSoon);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _install.Dispose();
    }
}
