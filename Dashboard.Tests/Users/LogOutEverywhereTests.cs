using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.Users;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Radzen.Blazor;

namespace Dashboard.Tests.Users;

/// <summary>"Overal afmelden" on the Gebruikers page, on a real database of each provider: after the confirmation every session of that user ends, and the audit log says so.</summary>
public sealed class LogOutEverywhereTests : ComponentTestContext
{
    private TestInstallation _install = null!;
    private SessionStore _sessions = null!;
    private long _anna;
    private long _bert;

    /// <summary>The case's installation with the standard stores on <paramref name="provider"/>, Anna and Bert, and the page's services on it.</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider).WithStandardStores();
        SignInAsAdministrator("beheerder");
        var users = new UserStore(_install.Database, _install.Clock);
        _sessions = new SessionStore(_install.Database, _install.Clock);
        _anna = users.Create(new UserDraft("anna", "Anna", Role.Bestuur, true, new HashSet<long>()), "hash", mustChangePassword: false);
        _bert = users.Create(new UserDraft("bert", "Bert", Role.Bestuur, true, new HashSet<long>()), "hash", mustChangePassword: false);
        Services.AddSingleton(users);
        Services.AddSingleton(_sessions);
        Services.AddSingleton(new AuditLog(_install.Database, _install.Clock));
        Services.AddSingleton(new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database)));
        Services.AddSingleton<Passwords>();
        Services.AddSingleton(new Owners(_install.Database));
        Services.AddSingleton<UserService>();
        Services.AddScoped<CurrentActor>();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void After_the_confirmation_every_session_of_the_user_ends_and_the_audit_log_says_how_many(DatabaseProvider provider)
    {
        Install(provider);
        var laptop = _sessions.Start(_anna);
        var phone = _sessions.Start(_anna);
        var bert = _sessions.Start(_bert);
        var page = Render(builder =>
        {
            builder.OpenComponent<RadzenDialog>(0);
            builder.CloseComponent();
            builder.OpenComponent<UsersPage>(1);
            builder.CloseComponent();
        });
        page.WaitForAssertion(() => Assert.Contains("anna", page.Markup, StringComparison.Ordinal), TimeSpan.FromSeconds(10));

        var row = page.FindAll("tr").Single(r => r.TextContent.Contains("anna", StringComparison.Ordinal));
        row.QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Overal afmelden").Click();
        page.WaitForAssertion(() => Assert.Contains("anna overal afmelden? Elke open sessie eindigt; het wachtwoord blijft hetzelfde.", page.Find(".rz-dialog").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.True(_sessions.IsCurrent(laptop, _anna, used: false));
        page.Find(".rz-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Overal afmelden").Click();

        page.WaitForAssertion(() => Assert.False(_sessions.IsCurrent(laptop, _anna, used: false)), TimeSpan.FromSeconds(10));
        Assert.False(_sessions.IsCurrent(phone, _anna, used: false));
        Assert.True(_sessions.IsCurrent(bert, _bert, used: false));
        page.WaitForAssertion(() => Assert.NotEmpty(Services.GetRequiredService<AuditLog>().Read(new AuditQuery { Action = AuditAction.Gebruiker })), TimeSpan.FromSeconds(10));
        var entry = Assert.Single(Services.GetRequiredService<AuditLog>().Read(new AuditQuery { Action = AuditAction.Gebruiker }));
        Assert.Equal(("beheerder", "gebruiker 'anna' overal afgemeld: 2 sessies beëindigd", "gelukt"), (entry.UserName, entry.Subject, entry.Outcome));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _install?.Dispose();
    }
}
