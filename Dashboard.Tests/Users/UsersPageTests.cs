using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Tests.TestSupport;
using Dashboard.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Users;

/// <summary>The Gebruikers page as the server first renders it: the beheerder's, and no one else's.</summary>
public sealed class UsersPageTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    [Fact]
    public async Task A_beheerder_sees_every_user_with_role_scope_and_status()
    {
        using var factory = new DashboardFactory(_install);
        var client = await factory.SignedIn(Role.Beheerder);
        factory.CreateUser("dir-zwolle", Role.Directie, StandardStores.Zwolle);
        var board = factory.CreateUser("bestuurslid", Role.Bestuur, StandardStores.Zwolle, StandardStores.AanDeMaas);
        var users = factory.Services.GetRequiredService<UserStore>();
        users.SetDisabled(board, true);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/gebruikers"));

        Assert.Contains(">Gebruikers</h1>", html);
        Assert.Contains("Gebruiker toevoegen", html);
        Assert.Contains("dir-zwolle", html);
        Assert.Contains("Directie", html);
        Assert.Contains($"{StandardStores.AanDeMaas}, {StandardStores.Zwolle}", html);
        Assert.Contains("alle organisaties", html);
        Assert.Contains(">uitgeschakeld<", html);
        Assert.Contains(">actief<", html);
        Assert.Contains("Inschakelen", html);
    }

    [Fact]
    public async Task The_page_speaks_English_after_the_language_switch()
    {
        using var factory = new DashboardFactory(_install);
        var client = await factory.SignedIn(Role.Beheerder);
        await client.GetAsync("/taal?cultuur=en-GB&terug=/");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/gebruikers"));

        Assert.Contains(">Users</h1>", html);
        Assert.Contains("Add a user", html);
        Assert.Contains("all organisations", html);
        Assert.Contains("Administrator", html);
    }

    [Theory]
    [InlineData(Role.Directie, "/gebruikers")]
    [InlineData(Role.Bestuur, "/gebruikers")]
    [InlineData(Role.Communicatie, "/gebruikers")]
    [InlineData(Role.Directie, "/auditlog")]
    [InlineData(Role.Bestuur, "/auditlog")]
    [InlineData(Role.Communicatie, "/auditlog?actie=aanmelden")]
    public async Task Anyone_but_the_beheerder_is_sent_to_geen_toegang(Role role, string url)
    {
        using var factory = new DashboardFactory(_install);
        var client = await factory.SignedIn(role, StandardStores.Zwolle);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/geen-toegang", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/gebruikers")]
    [InlineData("/auditlog")]
    public async Task Someone_not_signed_in_is_sent_to_the_login_page(string url)
    {
        using var factory = new DashboardFactory(_install);

        var response = await factory.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen", response.Headers.Location!.AbsolutePath);
    }

    public void Dispose() => _install.Dispose();
}
