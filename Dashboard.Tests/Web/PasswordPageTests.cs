using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// The password page as someone with a stolen session meets it: the current password it asks for is guessed no faster
/// than on the login form, every wrong guess is in the audit log, and nothing overlong is checked or sent back.
/// </summary>
public sealed class PasswordPageTests : IDisposable
{
    private const string Thief = "203.0.113.66";
    private const string NewPassword = "een nieuw en lang wachtwoord";

    private readonly FixedClock _clock = new(2026, 11, 15);
    private readonly TestInstallation _install;
    private readonly DashboardFactory _factory;

    public PasswordPageTests()
    {
        _install = new TestInstallation(_clock);
        _factory = new DashboardFactory(_install);
        _factory.CreateUser("anna", Role.Bestuur);
    }

    private async Task<HttpClient> SignedInAt(string address)
    {
        var browser = _factory.At(address);
        using var login = await DashboardFactory.LogIn(browser, "anna", DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return browser;
    }

    private IReadOnlyList<AuditEntry> Audit(AuditAction action) =>
        _factory.Services.GetRequiredService<AuditLog>().Read(new AuditQuery { UserName = "anna", Action = action });

    [Fact]
    public async Task Guesses_at_the_current_password_wait_as_logins_do_and_are_in_the_audit_log()
    {
        var browser = await SignedInAt(Thief);
        List<string> answers = [];

        for (var guess = 1; guess <= 4; guess++)
        {
            using var response = await DashboardFactory.ChangePassword(browser, $"geraden wachtwoord {guess}", NewPassword);
            answers.Add(await DashboardFactory.Problem(response));
        }

        Assert.Equal([.. Enumerable.Repeat("Het huidige wachtwoord klopt niet.", 3), "Te veel mislukte pogingen. Probeer het over 5 seconden opnieuw."], answers);
        Assert.Equal(
            [
                ($"eigen wachtwoord vanaf {Thief}: te snel na mislukte pogingen, nog 5 s wachten", "geweigerd, niet gecontroleerd"),
                ($"eigen wachtwoord vanaf {Thief}: huidig wachtwoord klopt niet", "geweigerd"),
                ($"eigen wachtwoord vanaf {Thief}: huidig wachtwoord klopt niet", "geweigerd"),
                ($"eigen wachtwoord vanaf {Thief}: huidig wachtwoord klopt niet", "geweigerd"),
            ], Audit(AuditAction.WachtwoordGewijzigd).Select(e => (e.Subject, e.Outcome)));
        using var login = await DashboardFactory.LogIn(_factory.At(Thief), "anna", DashboardFactory.Password);
        Assert.StartsWith("Te veel mislukte pogingen.", await DashboardFactory.Problem(login), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_right_current_password_after_wrong_guesses_still_changes_it()
    {
        var browser = await SignedInAt("192.0.2.10");
        for (var guess = 1; guess <= 2; guess++)
        {
            await DashboardFactory.ChangePassword(browser, $"geraden wachtwoord {guess}", NewPassword);
        }

        using var changed = await DashboardFactory.ChangePassword(browser, DashboardFactory.Password, NewPassword);

        Assert.Equal("", await DashboardFactory.Problem(changed));
        Assert.Equal("gelukt", Audit(AuditAction.WachtwoordGewijzigd)[0].Outcome);
    }

    [Fact]
    public async Task An_overlong_password_is_refused_unchecked_and_not_written_back_into_the_page()
    {
        var browser = await SignedInAt(Thief);
        var overlong = new string('a', 10_000);

        using var response = await DashboardFactory.ChangePassword(browser, overlong, NewPassword);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal("Een wachtwoord heeft hoogstens 256 tekens.", await DashboardFactory.Problem(response));
        Assert.DoesNotContain(new string('a', 100), page, StringComparison.Ordinal);
        Assert.DoesNotContain(NewPassword, page, StringComparison.Ordinal);
        Assert.Empty(Audit(AuditAction.WachtwoordGewijzigd));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _install.Dispose();
    }
}
