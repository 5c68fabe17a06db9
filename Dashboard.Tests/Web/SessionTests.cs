using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// A login ends for every copy of its cookie: someone who copied the cookie of a beheerder — from a shared computer, a
/// proxy log — opens nothing once the session has ended, on this server and on one started again on the same database.
/// </summary>
public sealed class SessionTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly DashboardFactory _factory;

    public SessionTests() => _factory = new DashboardFactory(_install);

    private static readonly string[] AdministratorPages = ["/gebruikers", "/auditlog"];

    /// <summary>A beheerder signed in through the login form, and the cookie a copy of their browser would send.</summary>
    private async Task<(HttpClient Browser, string Cookie, long UserId)> Administrator()
    {
        var userName = $"beheer-{Guid.NewGuid():N}"[..16];
        var id = _factory.CreateUser(userName, Role.Beheerder);
        var browser = _factory.Anonymous();
        using var login = await DashboardFactory.LogIn(browser, userName, DashboardFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = DashboardFactory.SessionCookie(login);
        return (browser, cookie, id);
    }

    private static async Task AssertOpens(HttpClient client)
    {
        foreach (var page in AdministratorPages)
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task AssertSentToLogin(HttpClient client)
    {
        foreach (var page in AdministratorPages)
        {
            using var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/inloggen", response.Headers.Location!.AbsolutePath);
        }
    }

    private static async Task LogOut(HttpClient browser)
    {
        var page = await browser.GetStringAsync("/gebruikers");
        using var logout = await browser.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = DashboardFactory.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
    }

    [Fact]
    public async Task A_copied_cookie_opens_nothing_after_logout_neither_here_nor_after_a_restart()
    {
        var (browser, cookie, _) = await Administrator();
        await AssertOpens(_factory.WithCookies(cookie));
        using (var restarted = new DashboardFactory(_install))
        {
            await AssertOpens(restarted.WithCookies(cookie));
        }

        await LogOut(browser);

        await AssertSentToLogin(_factory.WithCookies(cookie));
        using var startedAgain = new DashboardFactory(_install);
        await AssertSentToLogin(startedAgain.WithCookies(cookie));
        Assert.Equal(0, _install.Count("sessions"));
    }

    [Fact]
    public async Task A_new_password_ends_every_other_copy_but_the_browser_that_chose_it_stays_in()
    {
        var (browser, cookie, _) = await Administrator();

        using var changed = await DashboardFactory.ChangePassword(browser, DashboardFactory.Password, "een heel ander lang wachtwoord");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertSentToLogin(_factory.WithCookies(cookie));
        await AssertOpens(browser);
    }

    public static TheoryData<string> WhatEndsEverySession => ["overal afmelden", "uitschakelen", "andere rol"];

    [Theory]
    [MemberData(nameof(WhatEndsEverySession))]
    public async Task Every_browser_of_the_user_is_out_after(string change)
    {
        _factory.CreateUser("tweede-beheerder", Role.Beheerder);
        var (browser, cookie, id) = await Administrator();
        var (other, _, _) = await Administrator();
        var users = _factory.Services.GetRequiredService<UserStore>();

        switch (change)
        {
            case "overal afmelden":
                Assert.Equal(1, _factory.Services.GetRequiredService<SessionStore>().EndAll(id));
                break;
            case "uitschakelen":
                users.SetDisabled(id, true);
                break;
            default:
                var user = users.Find(id)!;
                users.Update(id, new UserDraft(user.UserName, user.DisplayName, Role.Communicatie, true, new HashSet<long>()));
                break;
        }

        await AssertSentToLogin(_factory.WithCookies(cookie));
        await AssertSentToLogin(browser);
        await AssertOpens(other);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _install.Dispose();
    }
}
