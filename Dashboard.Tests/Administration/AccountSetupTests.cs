using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Dashboard.Tests.Administration;

/// <summary>The accounts an installation starts with: demo accounts with the demo sector in Development, else one printed administrator.</summary>
public sealed class AccountSetupTests : IDisposable
{
    private const string DemoStores = """
        organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
        Kringloop Demo;DEM;Demo Stad;Stad;REST;Restaurant;horeca
        Kringloop Demo Twee;DMT;Demo Dorp;Dorp;WINKEL;Winkelvloer;winkel
        """;

    private readonly TestInstallation _install = new();
    private readonly StringWriter _console = new();
    private readonly Passwords _passwords = new();

    private UserStore Users => new(_install.Database, _install.Clock);

    private AccountSetup Setup(string environment) => new(Users, new DemoSeeder(_install.Database, _install.Importer),
        new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database)), _passwords,
        new AuditLog(_install.Database, _install.Clock), new HostingEnvironment { EnvironmentName = environment }, _console);

    private void ImportDemo() =>
        Assert.True(_install.Importer.Import(new ImportRequest(ImportKind.Winkels, _install.WriteFile("winkels.csv", DemoStores)) { IsDemo = true }).Succeeded);

    [Fact]
    public void With_only_the_demo_sector_in_Development_there_is_one_demo_account_per_role_and_no_printed_password()
    {
        ImportDemo();
        var setup = Setup(Environments.Development);

        setup.Run();

        Assert.True(setup.DemoAccountsOffered);
        var accounts = Users.List();
        Assert.Equal(Roles.All.Select(AccountSetup.DemoUserName).Order(), accounts.Select(a => a.UserName).Order());
        Assert.All(accounts, a => Assert.True(a.IsDemo));
        Assert.All(accounts, a => Assert.False(_passwords.Verify(a, "", out _)));
        Assert.Single(accounts.Single(a => a.Role == Role.Directie).Scope.Organisations);
        Assert.Empty(_console.ToString());
    }

    [Fact]
    public void Outside_Development_the_demo_sector_gets_no_demo_accounts_but_a_first_administrator()
    {
        ImportDemo();
        var setup = Setup(Environments.Production);

        setup.Run();

        Assert.False(setup.DemoAccountsOffered);
        Assert.Null(setup.DemoAccount(Role.Beheerder));
        Assert.Equal(AccountSetup.FirstAdministrator, Assert.Single(Users.List()).UserName);
    }

    [Fact]
    public void An_empty_database_gets_one_administrator_whose_printed_password_works_once_and_must_be_changed()
    {
        Setup(Environments.Production).Run();

        var administrator = Assert.Single(Users.List());
        Assert.Equal((Role.Beheerder, true), (administrator.Role, administrator.MustChangePassword));
        var password = PrintedPasswords().Single();
        Assert.True(_passwords.Verify(administrator, password, out _));

        Setup(Environments.Production).Run();

        Assert.Single(Users.List());
        Assert.Single(PrintedPasswords());
    }

    [Fact]
    public void Removing_the_demo_data_removes_the_demo_accounts_and_leaves_a_way_in()
    {
        ImportDemo();
        Setup(Environments.Development).Run();

        new DemoSeeder(_install.Database, _install.Importer).Remove();
        Setup(Environments.Development).Run();

        var administrator = Assert.Single(Users.List());
        Assert.Equal((AccountSetup.FirstAdministrator, false), (administrator.UserName, administrator.IsDemo));
    }

    [Fact]
    public void Real_data_beside_the_demo_sector_ends_the_demo_accounts()
    {
        ImportDemo();
        Setup(Environments.Development).Run();

        _install.ImportOk(ImportKind.Winkels, "echt.csv", """
            organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
            Kringloop Echt;ECH;Echt;Echt;WINKEL;Winkelvloer;winkel
            """);
        var setup = Setup(Environments.Development);
        setup.Run();

        Assert.False(setup.DemoAccountsOffered);
        Assert.DoesNotContain(Users.List(), a => a.IsDemo);
    }

    [Fact]
    public void An_account_a_demo_administrator_made_goes_with_real_data_and_the_first_administrator_is_printed()
    {
        ImportDemo();
        var setup = Setup(Environments.Development);
        setup.Run();
        Users.Create(new UserDraft("planted", "Planted", Role.Beheerder, true, new HashSet<long>()), _passwords.Hash("een wachtwoord dat blijft"),
            mustChangePassword: false, createdBy: setup.DemoAccount(Role.Beheerder)!.Id);

        _install.ImportOk(ImportKind.Winkels, "echt.csv", """
            organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
            Kringloop Echt;ECH;Echt;Echt;WINKEL;Winkelvloer;winkel
            """);
        Setup(Environments.Development).Run();

        var administrator = Assert.Single(Users.List());
        Assert.Equal((AccountSetup.FirstAdministrator, false), (administrator.UserName, administrator.IsDemo));
        Assert.True(_passwords.Verify(administrator, PrintedPasswords().Single(), out _));
    }

    /// <summary>The passwords printed to the console, from its "wachtwoord  …" lines.</summary>
    private IEnumerable<string> PrintedPasswords() => _console.ToString().Split('\n')
        .Select(line => line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Where(words => words is ["wachtwoord", _]).Select(words => words[1]);

    public void Dispose()
    {
        _console.Dispose();
        _install.Dispose();
    }
}
