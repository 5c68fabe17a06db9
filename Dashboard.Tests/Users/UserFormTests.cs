using Bunit;
using Dashboard.Access;
using Dashboard.Components.Pages.Users;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.Components;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Users;

/// <summary>Creating a user through the form, on a real database: refusals beside the fields, then a one-time password that only the new user's hash knows.</summary>
public sealed class UserFormTests : ComponentTestContext
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly List<(string UserName, string? OneTimePassword)> _saved = [];

    public UserFormTests()
    {
        SignInAsAdministrator("beheerder");
        Services.AddSingleton(new UserStore(_install.Database, _install.Clock));
        Services.AddSingleton(new AuditLog(_install.Database, _install.Clock));
        Services.AddSingleton<Passwords>();
        Services.AddSingleton(new SessionStore(_install.Database, _install.Clock));
        Services.AddSingleton(new Owners(_install.Database));
        Services.AddSingleton<UserService>();
        Services.AddScoped<CurrentActor>();
    }

    private UserStore Users => Services.GetRequiredService<UserStore>();

    private IRenderedComponent<UserForm> Form(long currentUserId = 0) =>
        Render<UserForm>(p => p
            .Add(c => c.Organisations, OrganisationChoice.From(new Data.Figures.Data.SnapshotCache(_install.Database).Get().Practices))
            .Add(c => c.CurrentUserId, currentUserId)
            .Add(c => c.OnSaved, saved => _saved.Add(saved)));

    private static void ChooseRole(IRenderedComponent<UserForm> form, string label) =>
        form.Find("input[name='role']").Closest(".rz-dropdown")!.QuerySelectorAll("li[role='option']").Single(li => li.GetAttribute("aria-label") == label).Click();

    /// <summary>Clicks "Gebruiker aanmaken" and waits until the store has answered: saved, or refused.</summary>
    private void Create(IRenderedComponent<UserForm> form)
    {
        form.FindAll("button").Single(b => b.TextContent.Contains("Gebruiker aanmaken", StringComparison.Ordinal)).Click();
        form.WaitForState(() => _saved.Count > 0 || form.FindAll(".problem-summary").Count > 0, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_directie_without_an_organisation_is_refused_beside_the_fields_and_nothing_is_stored()
    {
        var form = Form();
        form.Find("input[name='user-name']").Change("p.bakker");
        form.Find("input[name='display-name']").Change("Piet Bakker");
        ChooseRole(form, "Directie");

        Create(form);

        Assert.Contains("Directie hoort bij precies één organisatie: kies die.", form.Find(".has-error").TextContent);
        Assert.Contains("Niet opgeslagen.", form.Find(".problem-summary").TextContent);
        Assert.Empty(_saved);
        Assert.Empty(Users.List());
    }

    [Theory]
    [InlineData("p.bakker", "Piet Bakker\u0007", "display-name", "Teken U+0007 (besturingsteken) is niet toegestaan.")]
    [InlineData("p.bakker", "Piet \u202Erekab", "display-name", "Teken U+202E (tekstrichtingsteken) is niet toegestaan.")]
    [InlineData("p.bakker\u202E", "Piet Bakker", "user-name", "Een gebruikersnaam bevat geen onzichtbare tekens; deze heeft U+202E op plaats 9.")]
    public void A_name_with_a_control_or_direction_character_is_refused_beside_its_field(string userName, string displayName, string field, string message)
    {
        var form = Form();
        form.Find("input[name='user-name']").Change(userName);
        form.Find("input[name='display-name']").Change(displayName);
        form.Find("input[name='all-organisations']").Closest(".rz-chkbox")!.QuerySelector(".rz-chkbox-box")!.Click();

        Create(form);

        Assert.EndsWith(message, form.Find($"input[name='{field}']").Closest(".has-error")!.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(_saved);
        Assert.Empty(Users.List());
    }

    [Fact]
    public void A_new_user_gets_a_one_time_password_to_change_and_the_audit_log_names_the_user_but_not_the_password()
    {
        var form = Form();
        form.Find("input[name='user-name']").Change("k.jansen");
        form.Find("input[name='display-name']").Change("Karin Jansen");
        form.Find("input[name='all-organisations']").Closest(".rz-chkbox")!.QuerySelector(".rz-chkbox-box")!.Click();

        Create(form);

        var (userName, password) = Assert.Single(_saved);
        Assert.Equal("k.jansen", userName);
        Assert.NotNull(password);
        var user = Users.Find("k.jansen")!;
        Assert.True(user.MustChangePassword);
        Assert.True(user.Scope.AllOrganisations);
        Assert.Equal(Role.Bestuur, user.Role);
        Assert.True(Services.GetRequiredService<Passwords>().Verify(user, password, out _));
        Assert.DoesNotContain(password, user.PasswordHash, StringComparison.Ordinal);
        var entry = Assert.Single(Services.GetRequiredService<AuditLog>().Read(new AuditQuery()));
        Assert.Equal(("beheerder", AuditAction.Gebruiker), (entry.UserName, entry.Action));
        Assert.Equal("gebruiker 'k.jansen' aangemaakt: bestuur, alle organisaties; eenmalig wachtwoord uitgegeven", entry.Subject);
        Assert.Equal("", form.Find("input[name='user-name']").GetAttribute("value") ?? "");
    }

    [Fact]
    public void A_user_a_demo_account_creates_goes_with_the_demo_accounts_and_leaves_no_administrator_behind()
    {
        // Signed in as the demo account created next, the first user of the database.
        SignInAsAdministrator("demo-beheerder", userId: 1);
        var passwords = Services.GetRequiredService<Passwords>();
        var demo = Users.Create(new UserDraft("demo-beheerder", "Demo beheerder", Role.Beheerder, true, new HashSet<long>()), passwords.Unusable(),
            mustChangePassword: false, isDemo: true);
        Assert.Equal(1, demo);
        var form = Form(currentUserId: demo);
        form.Find("input[name='user-name']").Change("planted");
        form.Find("input[name='display-name']").Change("Planted");
        ChooseRole(form, "Beheerder");

        Create(form);

        Assert.True(Users.Find("planted")!.IsDemo);
        Assert.Equal(2, Users.RemoveDemoAccounts());
        Assert.Null(Users.Find("planted"));
        Assert.False(Users.HasActiveAdministrator());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _install.Dispose();
    }
}
