using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Administration;

/// <summary>
/// The users who log in (docs/privacy-en-toegang.md#inloggen-en-sessies). Passwords arrive hashed: hashing is the web host's, through ASP.NET Core's own
/// password hasher. Every change to a user ends their sessions (<see cref="SessionStore"/>) in the same transaction,
/// so a session never outlives the name, role, scope and password it was started with.
/// </summary>
public sealed class UserStore(Database database, TimeProvider clock)
{
    private const string Columns =
        "id, user_name, display_name, role, all_organisations, password_hash, must_change_password, disabled, is_demo";

    public IReadOnlyList<UserAccount> List()
    {
        using var connection = database.Open();
        var organisations = OrganisationsByUser(connection, null);
        return connection.Query($"SELECT {Columns} FROM users ORDER BY lower(user_name), user_name", r => Read(r, organisations));
    }

    public UserAccount? Find(long id)
    {
        using var connection = database.Open();
        var organisations = OrganisationsByUser(connection, id);
        return connection.Query($"SELECT {Columns} FROM users WHERE id = @id", r => Read(r, organisations), null, ("@id", id)).SingleOrDefault();
    }

    public UserAccount? Find(string userName)
    {
        using var connection = database.Open();
        var id = connection.Scalar<long?>("SELECT id FROM users WHERE lower(user_name) = lower(@name)", null, ("@name", userName.Trim()));
        return id is { } found ? Find(found) : null;
    }

    public bool Any()
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM users") > 0;
    }

    /// <summary>
    /// Creates a user; refused with the fields' problems (nothing written) when the draft is not valid. A user that a demo
    /// account creates (<paramref name="createdBy"/>) is a demo account too, so it goes with them when real data arrives:
    /// a demo beheerder, who needs no password, cannot leave an account behind.
    /// </summary>
    public long Create(UserDraft draft, string passwordHash, bool mustChangePassword, bool isDemo = false, long? createdBy = null)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        InvalidFieldsException.ThrowIfAny(Problems(connection, transaction, draft, id: null));
        var id = connection.Scalar<long>(
            """
            INSERT INTO users (user_name, display_name, role, all_organisations, password_hash, must_change_password, is_demo, created_at)
            VALUES (@name, @display, @role, @all, @hash, @must,
                    CASE WHEN @demo = 1 OR EXISTS (SELECT 1 FROM users WHERE id = CAST(@by AS BIGINT) AND is_demo = 1) THEN 1 ELSE 0 END, @now) RETURNING id
            """, transaction,
            ("@name", draft.UserName.Trim()), ("@display", draft.DisplayName.Trim()), ("@role", draft.Role.Key()), ("@all", draft.Scope.AllOrganisations),
            ("@hash", passwordHash), ("@must", mustChangePassword), ("@demo", isDemo), ("@by", createdBy), ("@now", Now()));
        WriteScope(connection, transaction, id, draft.Scope);
        transaction.Commit();
        return id;
    }

    /// <summary>Changes a user's name, role and scope; their sessions end, so the next login carries the change.</summary>
    internal void Update(long id, UserDraft draft)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var problems = Problems(connection, transaction, draft, id).ToList();
        if (draft.Role != Role.Beheerder && IsLastActiveAdministrator(connection, transaction, id))
        {
            problems.Add(new FieldProblem("role", "Er moet minstens één actieve beheerder blijven.", "At least one active administrator must remain."));
        }
        InvalidFieldsException.ThrowIfAny(problems);
        connection.Execute(
            "UPDATE users SET user_name = @name, display_name = @display, role = @role, all_organisations = @all WHERE id = @id",
            transaction, ("@id", id), ("@name", draft.UserName.Trim()), ("@display", draft.DisplayName.Trim()), ("@role", draft.Role.Key()),
            ("@all", draft.Scope.AllOrganisations));
        connection.Execute("DELETE FROM user_organisations WHERE user_id = @id", transaction, ("@id", id));
        WriteScope(connection, transaction, id, draft.Scope);
        SessionStore.EndAll(connection, transaction, id);
        transaction.Commit();
    }

    /// <summary>Disables or enables a user; their sessions end, so a disabled user is out at their next request or circuit check.</summary>
    internal void SetDisabled(long id, bool disabled)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        if (disabled && IsLastActiveAdministrator(connection, transaction, id))
        {
            throw new ArgumentException("Er moet minstens één actieve beheerder blijven.");
        }
        connection.Execute("UPDATE users SET disabled = @disabled WHERE id = @id", transaction, ("@id", id), ("@disabled", disabled));
        SessionStore.EndAll(connection, transaction, id);
        transaction.Commit();
    }

    /// <summary>
    /// A new password (already hashed), <paramref name="mustChange"/> for a one-time password. Every session of the user
    /// ends, and the waits after failed logins under their name are lifted.
    /// </summary>
    internal void SetPassword(long id, string passwordHash, bool mustChange)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        connection.Execute("UPDATE users SET password_hash = @hash, must_change_password = @must WHERE id = @id", transaction,
            ("@id", id), ("@hash", passwordHash), ("@must", mustChange));
        SessionStore.EndAll(connection, transaction, id);
        LoginThrottle.Forget(connection, transaction, connection.Scalar<string>("SELECT user_name FROM users WHERE id = @id", transaction, ("@id", id)));
        transaction.Commit();
    }

    /// <summary>
    /// The same password hashed anew (the hasher's parameters grew stronger): no new password, so sessions stay. Only over
    /// the hash that was verified: a password set in between (a reset by a beheerder) is not undone.
    /// </summary>
    public void RehashPassword(long id, string verifiedHash, string passwordHash)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE users SET password_hash = @hash WHERE id = @id AND password_hash = @verified", null,
            ("@id", id), ("@hash", passwordHash), ("@verified", verifiedHash));
    }

    /// <summary>Whether a beheerder who can log in exists (demo accounts do not count: they go with the demo data).</summary>
    public bool HasActiveAdministrator()
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE role = 'beheerder' AND disabled = 0 AND is_demo = 0") > 0;
    }

    /// <summary>Removes the demo accounts; returns how many went.</summary>
    public int RemoveDemoAccounts()
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM users WHERE is_demo = 1");
    }

    private static bool IsLastActiveAdministrator(DbConnection connection, DbTransaction transaction, long id) =>
        connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE id = @id AND role = 'beheerder' AND disabled = 0", transaction, ("@id", id)) == 1
        && connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE role = 'beheerder' AND disabled = 0 AND id <> @id", transaction, ("@id", id)) == 0;

    private static List<FieldProblem> Problems(DbConnection connection, DbTransaction transaction, UserDraft draft, long? id)
    {
        var problems = new List<FieldProblem>();
        var name = draft.UserName.Trim();
        if (name.Length is < 2 or > UserDraft.MaxUserNameLength || name.Any(char.IsWhiteSpace))
        {
            problems.Add(new FieldProblem("userName", "Een gebruikersnaam heeft 2 tot 64 tekens, zonder spaties.",
                "A user name has 2 to 64 characters, without spaces."));
        }
        else if (FirstInvisible(name) is { } at)
        {
            // A zero-width space or a direction mark makes a name that looks like another user's.
            problems.Add(new FieldProblem("userName",
                $"Een gebruikersnaam bevat geen onzichtbare tekens; deze heeft U+{(int)name[at]:X4} op plaats {at + 1}.",
                $"A user name contains no invisible characters; this one has U+{(int)name[at]:X4} at position {at + 1}."));
        }
        else if (FieldCharacters.Problem("userName", name) is { } characters)
        {
            problems.Add(characters);
        }
        else if (name.Equals(Actor.CommandLineName, StringComparison.OrdinalIgnoreCase) || name.Equals(Actor.OldCommandLineName, StringComparison.OrdinalIgnoreCase))
        {
            // The audit log and the import history name the command line so: no user may look like it.
            problems.Add(new FieldProblem("userName", $"De gebruikersnaam '{name}' is voorbehouden aan de opdrachtregel.",
                $"The user name '{name}' is reserved for the command line."));
        }
        else if (connection.Scalar<long>("SELECT COUNT(*) FROM users WHERE lower(user_name) = lower(@name) AND id IS DISTINCT FROM CAST(@id AS BIGINT)", transaction, ("@name", name), ("@id", id)) > 0)
        {
            problems.Add(new FieldProblem("userName", $"De gebruikersnaam '{name}' bestaat al.", $"The user name '{name}' already exists."));
        }
        if (draft.DisplayName.Trim().Length is 0 or > UserDraft.MaxDisplayNameLength)
        {
            problems.Add(new FieldProblem("displayName", "Vul een naam in (hoogstens 100 tekens).", "Enter a name (at most 100 characters)."));
        }
        else if (FieldCharacters.Problem("displayName", draft.DisplayName.Trim()) is { } characters)
        {
            problems.Add(characters);
        }
        var scope = draft.Scope;
        var known = scope.Organisations.Count(o => connection.Scalar<long>("SELECT COUNT(*) FROM organisations WHERE id = @id", transaction, ("@id", o)) == 1);
        if (known != scope.Organisations.Count)
        {
            problems.Add(new FieldProblem("organisations", "Een gekozen organisatie bestaat niet (meer).", "A chosen organisation does not exist (any more)."));
        }
        else if (draft.Role == Role.Directie && (scope.AllOrganisations || scope.Organisations.Count != 1))
        {
            problems.Add(new FieldProblem("organisations", "Directie hoort bij precies één organisatie: kies die.",
                "A director belongs to exactly one organisation: choose it."));
        }
        else if (!scope.AllOrganisations && scope.Organisations.Count == 0)
        {
            problems.Add(new FieldProblem("organisations", "Kies de organisaties die deze gebruiker mag zien, of 'alle organisaties'.",
                "Choose the organisations this user may see, or 'all organisations'."));
        }
        return problems;
    }

    /// <summary>Where the first control character or invisible formatting one (zero-width space, direction mark, soft hyphen) is.</summary>
    private static int? FirstInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsControl(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.Format)
            {
                return i;
            }
        }
        return null;
    }

    private static void WriteScope(DbConnection connection, DbTransaction transaction, long id, AccessScope scope)
    {
        foreach (var organisation in scope.AllOrganisations ? new HashSet<long>() : scope.Organisations)
        {
            connection.Execute("INSERT INTO user_organisations (user_id, organisation_id) VALUES (@user, @organisation)", transaction,
                ("@user", id), ("@organisation", organisation));
        }
    }

    private static Dictionary<long, HashSet<long>> OrganisationsByUser(DbConnection connection, long? id) =>
        connection.Query("SELECT user_id, organisation_id FROM user_organisations WHERE CAST(@id AS BIGINT) IS NULL OR user_id = @id",
                r => (User: r.GetInt64(0), Organisation: r.GetInt64(1)), null, ("@id", id))
            .GroupBy(row => row.User)
            .ToDictionary(g => g.Key, g => g.Select(row => row.Organisation).ToHashSet());

    private static UserAccount Read(DbDataReader r, Dictionary<long, HashSet<long>> organisations)
    {
        var id = r.GetInt64(0);
        var scope = r.GetInt64(4) == 1 ? AccessScope.Everything : new AccessScope(false, organisations.GetValueOrDefault(id) ?? []);
        return new UserAccount(id, r.GetString(1), r.GetString(2), Roles.Parse(r.GetString(3))!.Value, scope, r.GetString(5),
            r.GetInt64(6) == 1, r.GetInt64(7) == 1, r.GetInt64(8) == 1);
    }

    private string Now() => Format(clock.GetUtcNow());

    private static string Format(DateTimeOffset moment) => moment.ToString("O", CultureInfo.InvariantCulture);
}
