using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Storage;

/// <summary>
/// The second provider's schema (docs/installatie-en-beheer.md#postgresql): created in an empty database by the first
/// use, at the same version as SQLite's, once even when two web servers start together, with an audit log that the
/// database itself keeps append-only.
/// </summary>
public sealed class PostgreSqlDatabaseTests : IDisposable
{
    private readonly Database _database;
    private readonly Action _drop;

    public PostgreSqlDatabaseTests()
    {
        if (TestPostgreSql.SkipReason is not null)
        {
            (_database, _drop) = (new Database(Path.Combine(Path.GetTempPath(), "unused.db")), () => { });
            return;
        }
        (_database, _drop) = TestPostgreSql.CreateDatabase();
    }

    [Fact]
    public void Both_providers_have_the_same_numbered_migrations()
    {
        Assert.Equal(Database.Migrations(DatabaseProvider.Sqlite).Select(m => m.Name),
            Database.Migrations(DatabaseProvider.PostgreSql).Select(m => m.Name));
    }

    [PostgreSqlFact]
    public void The_first_use_creates_the_schema_at_the_version_of_this_build_and_a_second_changes_nothing()
    {
        _database.Migrate();
        _database.Migrate();

        Assert.Equal(Database.SchemaVersion, _database.CurrentVersion());
        using var connection = _database.Open();
        Assert.Equal(Database.Migrations(DatabaseProvider.PostgreSql).Count(), connection.Scalar<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("5", connection.Scalar<string>("SELECT value FROM settings WHERE key = 'small_cell_k'"));
    }

    [PostgreSqlFact]
    public async Task Two_servers_starting_at_once_migrate_once()
    {
        var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(_database.Migrate)).ToArray();

        await Task.WhenAll(starts);

        // One line per migration: each ran once (their numbers need not be consecutive).
        using var connection = _database.Open();
        Assert.Equal(Database.Migrations(DatabaseProvider.PostgreSql).Count(), connection.Scalar<long>("SELECT COUNT(*) FROM schema_version"));
    }

    [PostgreSqlFact]
    public void The_audit_log_refuses_every_change_and_removal_whoever_asks()
    {
        _database.Migrate();
        using var connection = _database.Open();
        connection.Execute("INSERT INTO audit_log (at, user_name, action, subject, outcome) VALUES ('2026-12-06T08:00:00', 'ann', 'import', 'x', 'ok')");

        foreach (var (sql, message) in new[]
        {
            ("UPDATE audit_log SET outcome = 'fout'", "Het auditlog kan niet worden gewijzigd."),
            ("DELETE FROM audit_log", "Het auditlog kan niet worden gewist."),
            ("TRUNCATE audit_log", "Het auditlog kan niet worden gewist."),
        })
        {
            var refused = Assert.ThrowsAny<Npgsql.PostgresException>(() => connection.Execute(sql));
            Assert.Contains(message, refused.MessageText, StringComparison.Ordinal);
        }
        Assert.Equal(1, connection.Scalar<long>("SELECT COUNT(*) FROM audit_log"));
    }

    [PostgreSqlFact]
    public void User_names_are_unique_whatever_their_case()
    {
        _database.Migrate();
        using var connection = _database.Open();
        const string insert = "INSERT INTO users (user_name, display_name, role, password_hash, created_at) VALUES (@name, 'A', 'bestuur', 'x', 'now')";
        connection.Execute(insert, null, ("@name", "Ann"));

        Assert.ThrowsAny<Npgsql.PostgresException>(() => connection.Execute(insert, null, ("@name", "ANN")));
    }

    public void Dispose() => _drop();
}
