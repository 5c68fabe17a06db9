using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Storage;

/// <summary>
/// The installation's one SQLite database: opens connections with the product's pragmas and brings the
/// schema up to date with the numbered scripts in Storage/Migrations (tracked in PRAGMA user_version).
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        }.ToString();
    }

    /// <summary>
    /// How the folders begin beside the database where a restore puts the files it replaced: an erasure warns that they
    /// may still hold the erased.
    /// </summary>
    public const string AsideFolderPrefix = "vervangen-";

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Run on every connection after the product's pragmas, for tests only: a low `max_page_count` is a full disk
    /// and `query_only` a read-only file, without root or a tiny file system.
    /// </summary>
    internal string? TestPragmas { get; set; }

    /// <summary>Opens a connection; the first call creates the file and applies pending migrations.</summary>
    public DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        connection.Execute("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000;");
        if (TestPragmas is { } pragmas)
        {
            connection.Execute(pragmas);
        }
        return connection;
    }

    /// <summary>Creates the file when missing, switches it to WAL and applies pending migrations.</summary>
    public void Migrate()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        using var connection = Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
        var version = connection.Scalar<long>("PRAGMA user_version;");
        foreach (var (number, script) in Migrations().Where(m => m.Number > version))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(script, transaction);
            connection.Execute($"PRAGMA user_version = {number};", transaction);
            transaction.Commit();
        }
    }

    public static int SchemaVersion => Migrations().Max(m => m.Number);

    private static IEnumerable<(int Number, string Script)> Migrations()
    {
        var assembly = Assembly.GetExecutingAssembly();
        const string prefix = "migrations/";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order())
        {
            var number = int.Parse(name.AsSpan(prefix.Length, 3));
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (number, reader.ReadToEnd());
        }
    }
}
