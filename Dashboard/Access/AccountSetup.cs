using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Installation.Demo;

namespace Dashboard.Access;

/// <summary>
/// The accounts an installation starts with (issue 7, docs/installatie-en-beheer.md#eerste-accounts). While a Development database holds only the demo
/// sector there is one demo account per role, signed in with a button and no password, so a fresh clone shows the
/// product at once; they go when anything else is the case. Otherwise, with no administrator, one is created with
/// a random password printed once to the console, to be changed at first login.
/// </summary>
public sealed class AccountSetup(
    UserStore users,
    DemoSeeder demo,
    IndicatorService indicators,
    Passwords passwords,
    AuditLog audit,
    IHostEnvironment environment,
    TextWriter console)
{
    public const string FirstAdministrator = "beheerder";

    /// <summary>The demo accounts, by role; their user names start with "demo-".</summary>
    public static string DemoUserName(Role role) => $"demo-{role.Key()}";

    /// <summary>Whether the login page offers the demo accounts: Development, and nothing but the demo sector.</summary>
    public bool DemoAccountsOffered => environment.IsDevelopment() && demo.HoldsOnlyDemoData();

    /// <summary>Brings the accounts in line with the data; at start-up and after the demo data was removed.</summary>
    public void Run()
    {
        if (DemoAccountsOffered)
        {
            CreateDemoAccounts();
            return;
        }
        if (users.RemoveDemoAccounts() is > 0 and var removed)
        {
            audit.WriteAs(null, new AuditLine(AuditWordings.DemoAccountsRemoved, ("count", removed)));
        }
        if (!users.HasActiveAdministrator())
        {
            CreateFirstAdministrator();
        }
    }

    /// <summary>The demo account of a role, when the demo accounts are offered.</summary>
    public UserAccount? DemoAccount(Role role) =>
        DemoAccountsOffered && users.Find(DemoUserName(role)) is { IsDemo: true, Disabled: false } account ? account : null;

    private void CreateDemoAccounts()
    {
        var organisations = indicators.Snapshot.Practices
            .Select(p => (p.OrganisationId, p.OrganisationName)).Distinct().OrderBy(o => o.OrganisationName, StringComparer.Ordinal).ToList();
        if (organisations.Count == 0)
        {
            return;
        }
        var first = organisations[0];
        var accounts = new (Role Role, string Name, bool All)[]
        {
            (Role.Beheerder, "Demo beheerder", true),
            (Role.Directie, $"Demo directie · {first.OrganisationName}", false),
            (Role.Bestuur, "Demo bestuur · hele sector", true),
            (Role.Communicatie, $"Demo communicatie · {first.OrganisationName}", false),
        };
        foreach (var (role, name, all) in accounts.Where(a => users.Find(DemoUserName(a.Role)) is null))
        {
            users.Create(new UserDraft(DemoUserName(role), name, role, all, new HashSet<long> { first.OrganisationId }),
                passwords.Unusable(), mustChangePassword: false, isDemo: true);
        }
    }

    private void CreateFirstAdministrator()
    {
        var name = FirstAdministrator;
        for (var n = 2; users.Find(name) is not null; n++)
        {
            name = $"{FirstAdministrator}{n}";
        }
        var password = Passwords.OneTime();
        users.Create(new UserDraft(name, "Beheerder", Role.Beheerder, true, new HashSet<long>()), passwords.Hash(password), mustChangePassword: true);
        audit.WriteAs(null, new AuditLine(AuditWordings.FirstAdministratorCreated, ("user", name)));
        console.WriteLine(
            $"""

            ================================================================
             ImpactDashboard: er is nog geen beheerder. Aangemaakt:
               gebruikersnaam  {name}
               wachtwoord      {password}
             Dit wachtwoord wordt maar één keer getoond en moet bij de
             eerste keer inloggen worden gewijzigd.
            ================================================================

            """);
    }
}
