using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Hosting;

/// <summary>
/// Where an installation keeps its data (docs/installatie-en-beheer.md#postgresql): `Database:Provider` (Sqlite, the
/// default, or PostgreSQL) with the database of `ConnectionStrings:Impact` (or `--db`, a file or a PostgreSQL connection
/// string), and the participant key file of `Privacy:KeyFile` — else beside the SQLite file, or `data/impact.key` for
/// PostgreSQL (never derived from a connection string). Relative paths are taken from the folder the server or command
/// was started in.
/// </summary>
public sealed record InstallationPaths(string DatabaseFile, string KeyFile)
{
    /// <summary>The PostgreSQL connection string when the data is kept there; null for SQLite.</summary>
    public string? PostgreSql { get; init; }

    /// <summary>Where the data is, for messages: the SQLite file, or PostgreSQL's host, port and database (never a password).</summary>
    public string Location => PostgreSql is { } connectionString ? Database.Describe(connectionString) : DatabaseFile;

    /// <summary>The keys that sign login cookies: a folder beside the SQLite database (on PostgreSQL they are kept in it).</summary>
    public string CookieKeysFolder => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "cookie-sleutels");

    /// <summary>What a backup holds and a restore puts back.</summary>
    public InstallationFiles Files => new(DatabaseFile, KeyFile, CookieKeysFolder) { PostgreSql = PostgreSql };

    public const string DefaultConnectionString = "Data Source=data/impact.db";

    /// <summary>The key file of a PostgreSQL installation that names none.</summary>
    public const string DefaultKeyFile = "data/impact.key";

    public static InstallationPaths From(IConfiguration configuration, string? databaseOverride = null)
    {
        var configured = configuration.GetConnectionString("Impact");
        if (ProviderOf(configuration, databaseOverride) == DatabaseProvider.PostgreSql)
        {
            var connectionString = databaseOverride ?? configured
                ?? throw new InvalidOperationException("Database:Provider is PostgreSQL, maar ConnectionStrings:Impact noemt geen database.");
            return new InstallationPaths(Path.GetFullPath(DefaultConnectionString["Data Source=".Length..]),
                Path.GetFullPath(configuration["Privacy:KeyFile"] is { Length: > 0 } key ? key : DefaultKeyFile))
            {
                PostgreSql = connectionString,
            };
        }
        var database = Path.GetFullPath(databaseOverride
            ?? new SqliteConnectionStringBuilder(configured ?? DefaultConnectionString).DataSource);
        var keyFile = configuration["Privacy:KeyFile"] is { Length: > 0 } configuredKey
            ? Path.GetFullPath(configuredKey)
            : Path.ChangeExtension(database, ".key");
        return new InstallationPaths(database, keyFile);
    }

    /// <summary>
    /// `Database:Provider`, or PostgreSQL when `--db` is a PostgreSQL connection string (it names a host) rather than a file.
    /// </summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration, string? databaseOverride = null)
    {
        if (databaseOverride is not null)
        {
            return databaseOverride.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite;
        }
        return configuration["Database:Provider"] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var named when Enum.TryParse<DatabaseProvider>(named, ignoreCase: true, out var provider) => provider,
            var named => throw new InvalidOperationException($"Database:Provider '{named}' bestaat niet: kies Sqlite of PostgreSQL."),
        };
    }

    /// <summary>The demo files: `Demo:SeedFolder`, else the `seed-data` folder of the checkout the app runs from.</summary>
    public static string? SeedFolder(IConfiguration configuration)
    {
        if (configuration["Demo:SeedFolder"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "seed-data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
