using Dashboard.Data.Storage;
using Npgsql;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests of the second provider run on (docs/installatie-en-beheer.md#postgresql): named by
/// the environment variable <see cref="Variable"/> as a connection string to a user that may create databases. `.ci/run`
/// starts a throw-away cluster and sets it. Each test gets a database of its own, dropped again afterwards.
/// </summary>
public static class TestPostgreSql
{
    public const string Variable = "IMPACT_TEST_POSTGRESQL";

    /// <summary>The server, or null when none is configured (then the PostgreSQL tests are skipped, except under CI).</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    /// <summary>Why the PostgreSQL tests do not run here, or null when they do.</summary>
    public static string? SkipReason => Server is not null ? null
        : Environment.GetEnvironmentVariable("CI") == "true"
            ? null // under CI they must run: the first test fails saying the server is missing
            : $"Geen PostgreSQL: zet {Variable} (bijvoorbeeld \"Host=/tmp/pg;Port=5432;Username=postgres\"), of draai .ci/run, " +
              "dat Debian's postgresql installeert en een wegwerpcluster start.";

    /// <summary>An installation on a database of its own with the standard stores; none where the PostgreSQL tests are skipped.</summary>
    public static TestInstallation? InstallationWithStandardStores() =>
        SkipReason is null ? new TestInstallation(provider: DatabaseProvider.PostgreSql).WithStandardStores() : null;

    /// <summary>A new, empty database on the server, and its removal.</summary>
    public static (Database Database, Action Drop) CreateDatabase()
    {
        var server = Server ?? throw new InvalidOperationException($"CI=true, but {Variable} names no PostgreSQL server: .ci/run starts one.");
        var name = "impact_test_" + Guid.NewGuid().ToString("N")[..16];
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            admin.Execute($"CREATE DATABASE {name}");
        }
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var database = Database.PostgreSql(connectionString);
        return (database, () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(server);
            admin.Open();
            admin.Execute($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }
}

/// <summary>A fact about the PostgreSQL provider: skipped with an install hint where no server is configured.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute() => Skip = TestPostgreSql.SkipReason;
}

/// <summary>The providers a test of both runs on.</summary>
public static class Providers
{
    /// <summary>SQLite always; PostgreSQL where a server is configured or CI requires it.</summary>
    public static TheoryData<DatabaseProvider> Both()
    {
        var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (TestPostgreSql.SkipReason is null)
        {
            data.Add(DatabaseProvider.PostgreSql);
        }
        return data;
    }

    /// <summary>Each case on each provider.</summary>
    public static TheoryData<DatabaseProvider, T> Each<T>(params T[] cases)
    {
        var data = new TheoryData<DatabaseProvider, T>();
        foreach (var provider in Both())
        {
            foreach (var value in cases)
            {
                data.Add(provider, value);
            }
        }
        return data;
    }

    /// <summary>Each case of two values on each provider.</summary>
    public static TheoryData<DatabaseProvider, T1, T2> Each<T1, T2>(params (T1, T2)[] cases)
    {
        var data = new TheoryData<DatabaseProvider, T1, T2>();
        foreach (var provider in Both())
        {
            foreach (var (first, second) in cases)
            {
                data.Add(provider, first, second);
            }
        }
        return data;
    }

    /// <summary>Each case of three values on each provider.</summary>
    public static TheoryData<DatabaseProvider, T1, T2, T3> Each<T1, T2, T3>(params (T1, T2, T3)[] cases)
    {
        var data = new TheoryData<DatabaseProvider, T1, T2, T3>();
        foreach (var provider in Both())
        {
            foreach (var (first, second, third) in cases)
            {
                data.Add(provider, first, second, third);
            }
        }
        return data;
    }
}
