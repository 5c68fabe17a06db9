using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Administration;

/// <summary>The users on a real database, on each provider: what is refused and why, the last-administrator rule, and which changes end the user's sessions.</summary>
public sealed class UserStoreTests : IDisposable
{
    private readonly FixedClock _clock = new(2026, 11, 15);
    private TestInstallation _install = null!;
    private UserStore _store = null!;

    /// <summary>The case's installation with the standard stores on <paramref name="provider"/> (xUnit makes a new instance for every case).</summary>
    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(_clock, provider).WithStandardStores();
        _store = new UserStore(_install.Database, _clock);
    }

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private static UserDraft Draft(string userName, Role role, params long[] organisations) =>
        new(userName, $"Naam van {userName}", role, organisations.Length == 0, organisations.ToHashSet());

    private long Create(string userName, Role role, params long[] organisations) =>
        _store.Create(Draft(userName, role, organisations), "hash", mustChangePassword: false);

    private string[] Fields(Action action) => Assert.Throws<InvalidFieldsException>(action).Problems.Select(p => p.Field).ToArray();

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_created_user_comes_back_with_role_scope_and_a_one_time_password_to_change(DatabaseProvider provider)
    {
        Install(provider);
        var zwolle = Organisation(StandardStores.Zwolle);

        var id = _store.Create(new UserDraft("  j.devries ", " Jan de Vries ", Role.Communicatie, false, new HashSet<long> { zwolle }), "gehasht", mustChangePassword: true);

        var user = _store.Find(id)!;
        Assert.Equal(("j.devries", "Jan de Vries", Role.Communicatie), (user.UserName, user.DisplayName, user.Role));
        Assert.Equal([zwolle], user.Scope.Organisations);
        Assert.True(user.Scope.Includes(zwolle));
        Assert.False(user.Scope.Includes(Organisation(StandardStores.AanDeMaas)));
        Assert.Equal("gehasht", user.PasswordHash);
        Assert.True(user.MustChangePassword);
        Assert.False(user.Disabled || user.IsDemo);
        Assert.Equal(id, _store.Find("J.DEVRIES")!.Id);
        Assert.Equal(["j.devries"], _store.List().Select(u => u.UserName));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_beheerder_always_has_every_organisation_whatever_the_form_said(DatabaseProvider provider)
    {
        Install(provider);
        var id = _store.Create(new UserDraft("admin", "Admin", Role.Beheerder, false, new HashSet<long> { Organisation(StandardStores.Zwolle) }), "h", false);

        Assert.True(_store.Find(id)!.Scope.AllOrganisations);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_empty_form_is_refused_field_by_field_in_Dutch_and_English_and_nothing_is_written(DatabaseProvider provider)
    {
        Install(provider);
        var before = _install.Snapshot();

        var refusal = Assert.Throws<InvalidFieldsException>(() => _store.Create(new UserDraft("a", " ", Role.Bestuur, false, new HashSet<long>()), "h", false));

        Assert.Equal(["userName", "displayName", "organisations"], refusal.Problems.Select(p => p.Field));
        Assert.Equal("Een gebruikersnaam heeft 2 tot 64 tekens, zonder spaties.", refusal.Problems[0].Dutch);
        Assert.Equal("Choose the organisations this user may see, or 'all organisations'.", refusal.Problems[2].English);
        Assert.Equal(before, _install.Snapshot());
    }

    public static TheoryData<DatabaseProvider, string> SpacedOrShortNames => Providers.Each("met spatie", "x");

    [Theory]
    [MemberData(nameof(SpacedOrShortNames))]
    public void A_user_name_with_a_space_or_too_short_is_refused(DatabaseProvider provider, string userName)
    {
        Install(provider);
        Assert.Equal(["userName"], Fields(() => Create(userName, Role.Bestuur)));
    }

    public static TheoryData<DatabaseProvider, string, string> InvisibleCharacters => Providers.Each(
        ("ok\u200bzw", "U+200B op plaats 3"),
        ("\u202eanna", "U+202E op plaats 1"),
        ("an\u00adna", "U+00AD op plaats 3"),
        ("anna\u0000", "U+0000 op plaats 5"));

    [Theory]
    [MemberData(nameof(InvisibleCharacters))]
    public void A_user_name_with_an_invisible_character_is_refused_with_the_character_and_where_it_is(DatabaseProvider provider, string userName, string named)
    {
        Install(provider);
        var refusal = Assert.Throws<InvalidFieldsException>(() => Create(System.Text.RegularExpressions.Regex.Unescape(userName), Role.Bestuur));

        Assert.Equal($"Een gebruikersnaam bevat geen onzichtbare tekens; deze heeft {named}.", refusal.Problems.Single(p => p.Field == "userName").Dutch);
        Assert.Empty(_store.List());
    }

    public static TheoryData<DatabaseProvider, string, string> ControlCharacters => Providers.Each(
        ("Anna\nde Vries", "U+000A"),
        ("Anna\tde Vries", "U+0009"),
        ("Anna de Vries\u0007", "U+0007"));

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_display_name_with_a_control_character_is_refused(DatabaseProvider provider, string displayName, string character)
    {
        Install(provider);
        var refusal = Assert.Throws<InvalidFieldsException>(() =>
            _store.Create(new UserDraft("anna", System.Text.RegularExpressions.Regex.Unescape(displayName), Role.Bestuur, true, new HashSet<long>()), "h", false));

        Assert.Equal("displayName", Assert.Single(refusal.Problems).Field);
        Assert.StartsWith($"Teken {character} (besturingsteken) is niet toegestaan", refusal.Problems[0].Dutch, StringComparison.Ordinal);
    }

    public static TheoryData<DatabaseProvider, string> CommandLineNames => Providers.Each("(opdrachtregel)", "OpdrachtRegel");

    [Theory]
    [MemberData(nameof(CommandLineNames))]
    public void No_user_may_be_named_as_the_audit_log_names_the_command_line(DatabaseProvider provider, string name)
    {
        Install(provider);
        var refusal = Assert.Throws<InvalidFieldsException>(() => Create(name, Role.Beheerder));

        Assert.Equal($"De gebruikersnaam '{name}' is voorbehouden aan de opdrachtregel.", Assert.Single(refusal.Problems).Dutch);
        Assert.Empty(_store.List());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void User_names_are_unique_whatever_their_case(DatabaseProvider provider)
    {
        Install(provider);
        Create("j.devries", Role.Bestuur);

        var refusal = Assert.Throws<InvalidFieldsException>(() => Create("J.DeVries", Role.Communicatie));

        Assert.Equal("De gebruikersnaam 'J.DeVries' bestaat al.", Assert.Single(refusal.Problems).Dutch);
        Assert.Single(_store.List());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_directie_belongs_to_exactly_one_organisation(DatabaseProvider provider)
    {
        Install(provider);
        var (zwolle, maas) = (Organisation(StandardStores.Zwolle), Organisation(StandardStores.AanDeMaas));

        Assert.Equal(["organisations"], Fields(() => Create("dir-twee", Role.Directie, zwolle, maas)));
        Assert.Equal(["organisations"], Fields(() => Create("dir-alle", Role.Directie)));
        Assert.Equal(["organisations"], Fields(() => _store.Create(new UserDraft("dir-geen", "Dir", Role.Directie, false, new HashSet<long>()), "h", false)));
        var id = Create("dir-een", Role.Directie, zwolle);

        Assert.Equal([zwolle], _store.Find(id)!.Scope.Organisations);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_organisation_that_does_not_exist_is_refused(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Equal(["organisations"], Fields(() => Create("bestuur", Role.Bestuur, 9999)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_update_changes_name_role_and_scope_and_keeps_the_user_name_unique(DatabaseProvider provider)
    {
        Install(provider);
        var zwolle = Organisation(StandardStores.Zwolle);
        Create("admin", Role.Beheerder);
        var id = Create("lid", Role.Bestuur);
        Create("ander", Role.Bestuur);

        _store.Update(id, new UserDraft("lid", "Nieuwe naam", Role.Directie, false, new HashSet<long> { zwolle }));

        var user = _store.Find(id)!;
        Assert.Equal(("Nieuwe naam", Role.Directie, false), (user.DisplayName, user.Role, user.Scope.AllOrganisations));
        Assert.Equal([zwolle], user.Scope.Organisations);
        Assert.Equal(["userName"], Fields(() => _store.Update(id, Draft("ANDER", Role.Bestuur))));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_last_active_beheerder_can_be_neither_demoted_nor_disabled(DatabaseProvider provider)
    {
        Install(provider);
        var admin = Create("admin", Role.Beheerder);

        var demotion = Assert.Throws<InvalidFieldsException>(() => _store.Update(admin, Draft("admin", Role.Bestuur)));
        var disabling = Assert.Throws<ArgumentException>(() => _store.SetDisabled(admin, true));

        Assert.Equal("role", Assert.Single(demotion.Problems).Field);
        Assert.Equal("Er moet minstens één actieve beheerder blijven.", disabling.Message);
        Assert.Equal((Role.Beheerder, false), (_store.Find(admin)!.Role, _store.Find(admin)!.Disabled));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void With_a_second_active_beheerder_one_can_go_and_then_the_other_is_the_last(DatabaseProvider provider)
    {
        Install(provider);
        var first = Create("admin1", Role.Beheerder);
        var second = Create("admin2", Role.Beheerder);

        _store.SetDisabled(first, true);

        Assert.True(_store.Find(first)!.Disabled);
        Assert.Throws<ArgumentException>(() => _store.SetDisabled(second, true));
        Assert.Throws<InvalidFieldsException>(() => _store.Update(second, Draft("admin2", Role.Communicatie)));
        _store.SetDisabled(first, false);
        _store.Update(second, Draft("admin2", Role.Communicatie));
        Assert.Equal(Role.Communicatie, _store.Find(second)!.Role);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_change_to_a_user_ends_their_sessions_and_only_theirs(DatabaseProvider provider)
    {
        Install(provider);
        Create("admin", Role.Beheerder);
        var id = Create("lid", Role.Bestuur);
        var other = Create("ander", Role.Bestuur);
        var sessions = new SessionStore(_install.Database, _clock);
        var othersSession = sessions.Start(other);
        Action[] changes =
        [
            () => _store.Update(id, Draft("lid", Role.Communicatie)),
            () => _store.SetDisabled(id, true),
            () => _store.SetDisabled(id, false),
            () => _store.SetPassword(id, "nieuw", mustChange: false),
        ];

        foreach (var change in changes)
        {
            var session = sessions.Start(id);
            Assert.True(sessions.IsCurrent(session, id, used: false));
            change();
            Assert.False(sessions.IsCurrent(session, id, used: false));
        }
        Assert.True(sessions.IsCurrent(othersSession, other, used: false));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Hashing_the_same_password_anew_keeps_the_sessions(DatabaseProvider provider)
    {
        Install(provider);
        var id = Create("lid", Role.Bestuur);
        var sessions = new SessionStore(_install.Database, _clock);
        var session = sessions.Start(id);

        _store.RehashPassword(id, _store.Find(id)!.PasswordHash, "sterker gehasht");

        Assert.Equal("sterker gehasht", _store.Find(id)!.PasswordHash);
        Assert.True(sessions.IsCurrent(session, id, used: false));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_rehash_does_not_undo_a_password_set_after_the_login_checked_the_old_one(DatabaseProvider provider)
    {
        Install(provider);
        var id = Create("lid", Role.Bestuur);
        var verified = _store.Find(id)!.PasswordHash;
        _store.SetPassword(id, "door de beheerder gezet", mustChange: true);

        _store.RehashPassword(id, verified, "oud wachtwoord, sterker gehasht");

        Assert.Equal("door de beheerder gezet", _store.Find(id)!.PasswordHash);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Removing_the_demo_accounts_leaves_the_real_ones_and_demo_beheerders_do_not_count_as_active(DatabaseProvider provider)
    {
        Install(provider);
        _store.Create(Draft("demo-beheerder", Role.Beheerder), "h", false, isDemo: true);
        _store.Create(Draft("demo-bestuur", Role.Bestuur), "h", false, isDemo: true);
        Assert.False(_store.HasActiveAdministrator());
        Create("admin", Role.Beheerder);

        Assert.Equal(2, _store.RemoveDemoAccounts());

        Assert.Equal(["admin"], _store.List().Select(u => u.UserName));
        Assert.True(_store.HasActiveAdministrator());
        Assert.Equal(0, _store.RemoveDemoAccounts());
    }

    public void Dispose() => _install?.Dispose();
}
