using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Dashboard.Data.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;

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
                ?? throw new InstallationSettingsException("Database:Provider is PostgreSQL, maar ConnectionStrings:Impact noemt geen database.");
            CheckConnectionString(connectionString, databaseOverride is null ? "ConnectionStrings:Impact" : "--db");
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
    /// `Database:Provider`, or PostgreSQL when `--db` is a PostgreSQL connection string rather than a file: it has `=` in it
    /// (a file name with one is refused rather than guessed at), and then must name a host.
    /// </summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration, string? databaseOverride = null)
    {
        if (databaseOverride is not null)
        {
            if (!databaseOverride.Contains('='))
            {
                return DatabaseProvider.Sqlite;
            }
            CheckConnectionString(databaseOverride, "--db");
            return DatabaseProvider.PostgreSql;
        }
        return configuration["Database:Provider"] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var named when Enum.TryParse<DatabaseProvider>(named, ignoreCase: true, out var provider) => provider,
            var named => throw new InstallationSettingsException($"Database:Provider '{Ellipsis.Shorten(named, 40)}' bestaat niet: kies Sqlite of PostgreSQL."),
        };
    }

    /// <summary>
    /// Refuses a PostgreSQL connection string that Npgsql cannot read or that names no host, saying which setting it is
    /// and never repeating the string (it may hold a password).
    /// </summary>
    private static void CheckConnectionString(string connectionString, string setting)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception unreadable) when (unreadable is ArgumentException or FormatException or InvalidCastException)
        {
            // Not Npgsql's own message: it may quote a piece of a password with a ';' in it.
            throw new InstallationSettingsException(
                $"{setting} is geen bruikbare PostgreSQL-verbinding: een onbekend woord of een waarde die niet past. Schrijf hem als \"Host=…;Database=…;Username=…\"; " +
                "een databasebestand van SQLite heeft geen '=' in zijn naam.");
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new InstallationSettingsException(
                $"{setting} noemt geen Host: schrijf een PostgreSQL-verbinding als \"Host=…;Database=…;Username=…\", of geef het pad van een " +
                "databasebestand van SQLite (zonder '=' in de naam).");
        }
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

/// <summary>A setting that says where the installation's data is, and cannot be used; the message says which and why, in Dutch.</summary>
public sealed class InstallationSettingsException(string message) : Exception(message);
