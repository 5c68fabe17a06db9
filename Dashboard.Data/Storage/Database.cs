using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Data.Storage;

/// <summary>
/// The installation's one database, SQLite (a file, the default) or PostgreSQL (docs/installatie-en-beheer.md#postgresql):
/// opens connections and brings the schema up to date with the numbered scripts of its provider in Storage/Migrations —
/// the same numbers for both, so both are always at the same schema version.
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;
    private readonly NpgsqlDataSource? _postgreSql;

    /// <summary>A SQLite database in this file.</summary>
    public Database(string path)
    {
        Provider = DatabaseProvider.Sqlite;
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        }.ToString();
    }

    private Database(NpgsqlDataSource dataSource, string description)
    {
        Provider = DatabaseProvider.PostgreSql;
        _postgreSql = dataSource;
        _connectionString = dataSource.ConnectionString;
        Path = description;
    }

    /// <summary>
    /// A PostgreSQL database: an existing one, empty or made by this app; the first <see cref="Migrate"/> creates the
    /// schema in it. The app never creates the database itself.
    /// </summary>
    public static Database PostgreSql(string connectionString)
    {
        // A connection goes back to the pool as it is, without DISCARD ALL: one round trip less for every use, and the
        // product keeps no session state (its advisory locks are released where they are taken).
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        return new Database(NpgsqlDataSource.Create(builder), Describe(connectionString));
    }

    /// <summary>A PostgreSQL database as messages name it: host, port and database, never a password.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>The database a provider and connection string name (`Database:Provider`, `ConnectionStrings:Impact`).</summary>
    public static Database Connect(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => new Database(new SqliteConnectionStringBuilder(connectionString).DataSource),
        DatabaseProvider.PostgreSql => PostgreSql(connectionString),
    };

    public DatabaseProvider Provider { get; }

    /// <summary>How to reach it: for a second process on the same database (the command line beside a server, a test).</summary>
    internal string ConnectionString => _connectionString;

    /// <summary>
    /// How the folders begin beside the database where a restore puts the files it replaced: an erasure warns that they
    /// may still hold the erased.
    /// </summary>
    public const string AsideFolderPrefix = "vervangen-";

    /// <summary>The database file; for PostgreSQL, where the database is (host, port and name: never a password).</summary>
    public string Path { get; }

    /// <summary>
    /// Run on every connection after the product's pragmas, for tests only: a low `max_page_count` is a full disk
    /// and `query_only` a read-only file, without root or a tiny file system.
    /// </summary>
    internal string? TestPragmas { get; set; }

    /// <summary>Opens a connection; the first call to a SQLite file creates it.</summary>
    public DbConnection Open()
    {
        if (_postgreSql is not null)
        {
            return _postgreSql.OpenConnection();
        }
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;");
        if (TestPragmas is { } pragmas)
        {
            connection.Execute(pragmas);
        }
        return connection;
    }

    /// <summary>
    /// Applies the migrations the database does not have yet. SQLite: creates the file when missing, switches it to WAL and
    /// counts in PRAGMA user_version. PostgreSQL: counts in the table schema_version, under an advisory lock, so two web
    /// servers that start at once migrate once.
    /// </summary>
    public void Migrate()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            MigratePostgreSql();
            return;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        var version = connection.Scalar<long>("PRAGMA user_version;");
        RefuseNewer(version);
        foreach (var (number, _, script) in Migrations(DatabaseProvider.Sqlite).Where(m => m.Number > version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(script, transaction);
            AfterScript(number, connection, transaction);
            connection.Execute($"PRAGMA user_version = {number};", transaction);
            transaction.Commit();
        }
    }

    /// <summary>The key of the advisory lock that makes one node at a time migrate or set up the first accounts.</summary>
    public const long SetUpLock = 0x1D_A5_B0_A2_D0;

    /// <summary>
    /// Holds the set-up lock until disposed: on PostgreSQL an advisory lock, so that of several web servers starting together
    /// one at a time creates what must exist once (the first administrator, the first cookie-signing key); on SQLite, with
    /// one server, nothing. Not to be held around <see cref="Migrate"/>, which takes it itself.
    /// </summary>
    public IDisposable HoldSetUpLock()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return new NoLock();
        }
        var connection = Open();
        try
        {
            DbExtensions.WaitFor(connection, "pg_advisory_lock", SetUpLock);
            return new HeldLock(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class NoLock : IDisposable
    {
        public void Dispose()
        {
        }
    }

    private sealed class HeldLock(DbConnection connection) : IDisposable
    {
        public void Dispose()
        {
            DbExtensions.Release(connection, SetUpLock);
            connection.Dispose();
        }
    }

    private void MigratePostgreSql()
    {
        using var connection = Open();
        DbExtensions.WaitFor(connection, "pg_advisory_lock", SetUpLock);
        try
        {
            connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)");
            var version = connection.Scalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
            RefuseNewer(version);
            foreach (var (number, _, script) in Migrations(DatabaseProvider.PostgreSql).Where(m => m.Number > version))
            {
                using var transaction = connection.BeginTransaction();
                connection.Execute(script, transaction);
                AfterScript(number, connection, transaction);
                connection.Execute("INSERT INTO schema_version (version) VALUES (@number)", transaction, ("@number", (long)number));
                transaction.Commit();
            }
        }
        finally
        {
            DbExtensions.Release(connection, SetUpLock);
        }
    }

    /// <summary>What a migration needs beyond SQL, in its transaction: 018's day totals are bytes, summed in code.</summary>
    private static void AfterScript(int number, DbConnection connection, DbTransaction transaction)
    {
        if (number == 18)
        {
            SalesDailyFill.Fill(connection, transaction);
        }
    }

    /// <summary>
    /// A database a newer version of the dashboard has brought up to its schema is not this build's to use: the newer
    /// version may store what this one would misread (a server left on the old version while the other was updated).
    /// </summary>
    private void RefuseNewer(long version)
    {
        if (version > SchemaVersion)
        {
            throw new DatabaseTooNewException(
                $"De database {Path} heeft schemaversie {version}, nieuwer dan deze versie van het dashboard ({SchemaVersion}): een nieuwere " +
                "versie heeft hem bijgewerkt. Werk deze server (of dit programma) ook bij. Er is niets veranderd.");
        }
    }

    /// <summary>The schema version this build writes, the same for both providers.</summary>
    public static int SchemaVersion => Migrations(DatabaseProvider.Sqlite).Max(m => m.Number);

    /// <summary>The version the database is at now.</summary>
    public long CurrentVersion()
    {
        using var connection = Open();
        return Provider == DatabaseProvider.Sqlite
            ? connection.Scalar<long>("PRAGMA user_version;")
            : connection.Scalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
    }

    /// <summary>The numbered scripts of a provider, in order.</summary>
    internal static IEnumerable<(int Number, string Name, string Script)> Migrations(DatabaseProvider provider)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = provider == DatabaseProvider.Sqlite ? "migrations/sqlite/" : "migrations/postgresql/";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order())
        {
            var number = int.Parse(name.AsSpan(prefix.Length, 3));
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (number, name[prefix.Length..], reader.ReadToEnd());
        }
    }
}

/// <summary>The database was brought up to a schema newer than this build's; the message says what to do, in Dutch.</summary>
public sealed class DatabaseTooNewException(string message) : Exception(message);
