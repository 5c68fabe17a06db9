using Dashboard.Cli;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Npgsql;

namespace Dashboard.Tests.Storage;

/// <summary>
/// A PostgreSQL database that cannot be used — a server that does not answer, a database that does not exist, a user
/// without rights — is told in Dutch with what to do and where (host, port, database; never the password), not as a
/// stack trace (docs/installatie-en-beheer.md#postgresql).
/// </summary>
public sealed class PostgreSqlStorageFailureTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static void AssertToldWithoutTrace(string error)
    {
        Assert.DoesNotContain("Exception", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void A_server_that_does_not_answer_is_named_without_its_password()
    {
        // Nothing listens on port 1.
        var (exit, output, error) = Run("history", "--db", "Host=127.0.0.1;Port=1;Database=impact;Username=impact;Password=geheim;Timeout=5");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("De databaseserver van PostgreSQL 127.0.0.1:1/impact is niet bereikbaar.", error);
        Assert.DoesNotContain("geheim", error);
        AssertToldWithoutTrace(error);
    }

    [Fact]
    public void A_connection_string_with_Server_instead_of_Host_is_a_connection_not_a_file_name()
    {
        var connection = "Server=127.0.0.1;Port=1;Database=impact;Password=SECRETPW8;Timeout=5";

        var (exit, _, error) = Run("history", "--db", connection);

        Assert.Equal(1, exit);
        Assert.StartsWith("De databaseserver van PostgreSQL 127.0.0.1:1/impact is niet bereikbaar.", error);
        Assert.DoesNotContain("SECRETPW8", error);
        Assert.False(File.Exists(connection), "no SQLite file named after the connection string");
    }

    [Theory]
    [InlineData("Hots=db1;Database=impact;Password=geheim", "--db is geen bruikbare PostgreSQL-verbinding")]
    [InlineData("Host=db1;Port=abc;Database=impact;Password=geheim", "--db is geen bruikbare PostgreSQL-verbinding")]
    [InlineData("Database=impact;Username=impact;Password=geheim", "--db noemt geen Host")]
    public void A_connection_string_that_cannot_be_used_is_refused_without_repeating_it(string connection, string message)
    {
        var (exit, output, error) = Run("history", "--db", connection);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(message, error);
        Assert.Contains("Er is niets gestart of veranderd.", error);
        Assert.DoesNotContain("geheim", error);
        AssertToldWithoutTrace(error);
        Assert.False(File.Exists(connection));
    }

    [PostgreSqlFact]
    public void A_database_that_does_not_exist_is_not_created_but_named()
    {
        var server = new NpgsqlConnectionStringBuilder(TestPostgreSql.Server) { Database = "impact_bestaat_niet" };

        var (exit, _, error) = Run("history", "--db", server.ToString());

        Assert.Equal(1, exit);
        Assert.Contains("impact_bestaat_niet bestaat niet op de server. Het programma maakt er zelf geen", error);
        AssertToldWithoutTrace(error);
        using var admin = new NpgsqlConnection(TestPostgreSql.Server);
        admin.Open();
        Assert.Equal(0L, admin.Scalar<long>("SELECT COUNT(*) FROM pg_database WHERE datname = 'impact_bestaat_niet'"));
    }

    [PostgreSqlFact]
    public void An_import_by_a_user_without_rights_is_refused_and_changes_nothing()
    {
        using var install = new TestInstallation(provider: DatabaseProvider.PostgreSql).WithStandardStores();
        var before = install.Snapshot();
        var reader = "impact_lezer_" + Guid.NewGuid().ToString("N")[..8];
        var database = new NpgsqlConnectionStringBuilder(install.Database.ConnectionString);
        using (var admin = new NpgsqlConnection(TestPostgreSql.Server))
        {
            admin.Open();
            admin.Execute($"CREATE ROLE {reader} LOGIN");
        }
        try
        {
            var file = install.WriteFile("deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 3).Select(TrajectoryRow.Number)));
            var asReader = new NpgsqlConnectionStringBuilder(TestPostgreSql.Server) { Database = database.Database, Username = reader };

            var (exit, _, error) = Run("import", "deelnemers", file, "--db", asReader.ToString());

            Assert.Equal(1, exit);
            Assert.Contains($"De databasegebruiker mag niet schrijven in PostgreSQL {asReader.Host}:{asReader.Port}/{database.Database}", error);
            AssertToldWithoutTrace(error);
            Assert.Equal(before, install.Snapshot());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(TestPostgreSql.Server);
            admin.Open();
            admin.Execute($"DROP ROLE IF EXISTS {reader}");
        }
    }

    [Fact]
    public void The_server_failures_are_told_in_the_readers_language()
    {
        var full = new PostgresException("could not extend file", "ERROR", "ERROR", PostgresErrorCodes.DiskFull);
        const string where = "PostgreSQL db1:5432/impact";

        Assert.StartsWith("De databaseserver van PostgreSQL db1:5432/impact heeft geen schijfruimte meer.", StorageFailure.Describe(full, where));
        Assert.StartsWith("The database server of PostgreSQL db1:5432/impact has run out of disk space.", StorageFailure.Describe(full, where, Language.English));
        Assert.Contains("weigert de aanmelding",
            StorageFailure.Describe(new PostgresException("password authentication failed", "FATAL", "FATAL", PostgresErrorCodes.InvalidPassword), where));
        Assert.Contains("neemt nu geen verbindingen aan",
            StorageFailure.Describe(new PostgresException("too many clients", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections), where));
        Assert.Null(StorageFailure.Describe(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), where));
    }
}
