using Dashboard.Data.Installation;
using Microsoft.Data.Sqlite;

namespace Dashboard.Hosting;

/// <summary>
/// Where an installation keeps its data: the database from `ConnectionStrings:Impact` (or `--db`), the
/// participant key file from `Privacy:KeyFile` or else beside the database. Relative paths are taken from
/// the folder the server or command was started in.
/// </summary>
public sealed record InstallationPaths(string DatabaseFile, string KeyFile)
{
    /// <summary>The keys that sign login cookies: a folder beside the database.</summary>
    public string CookieKeysFolder => Path.Combine(Path.GetDirectoryName(DatabaseFile)!, "cookie-sleutels");

    /// <summary>What a backup holds and a restore puts back.</summary>
    public InstallationFiles Files => new(DatabaseFile, KeyFile, CookieKeysFolder);

    public const string DefaultConnectionString = "Data Source=data/impact.db";

    public static InstallationPaths From(IConfiguration configuration, string? databaseOverride = null)
    {
        var database = Path.GetFullPath(databaseOverride
            ?? new SqliteConnectionStringBuilder(configuration.GetConnectionString("Impact") ?? DefaultConnectionString).DataSource);
        var key = configuration["Privacy:KeyFile"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.ChangeExtension(database, ".key");
        return new InstallationPaths(database, key);
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
