using System.Text;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Sales;
using Dashboard.Data.Storage;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// A real installation in a temporary folder: a migrated SQLite file, a key file path beside it, an
/// importer on a fixed clock, and helpers to write import files. Deleted again after the test.
/// </summary>
public sealed class TestInstallation : IDisposable
{
    public TestInstallation(TimeProvider? clock = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "impact-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Clock = clock ?? new FixedClock(2026, 11, 15);
        Database = new Database(Path.Combine(Folder, "impact.db"));
        Database.Migrate();
        KeyFile = Path.Combine(Folder, "impact.key");
        Importer = new Importer(Database, KeyFile, Clock);
        Undo = new SalesUndo(Database, Clock);
    }

    public string Folder { get; }
    public TimeProvider Clock { get; }
    public Database Database { get; }
    public string KeyFile { get; }
    public Importer Importer { get; }
    public SalesUndo Undo { get; }

    /// <summary>Writes a file with the given lines (joined with CRLF, as Excel does) and encoding.</summary>
    public string WriteFile(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content.ReplaceLineEndings("\r\n"), encoding ?? new UTF8Encoding(false));
        return path;
    }

    public ImportOutcome Import(ImportKind kind, string path, bool replace = false) =>
        Importer.Import(new ImportRequest(kind, path, Replace: replace));

    /// <summary>Imports text content as a file, asserting nothing.</summary>
    public ImportOutcome Import(ImportKind kind, string name, string content, bool replace = false, Encoding? encoding = null) =>
        Import(kind, WriteFile(name, content, encoding), replace);

    public long Count(string table) => Query<long>($"SELECT COUNT(*) FROM {table}");

    public T Query<T>(string sql)
    {
        using var connection = Database.Open();
        return connection.Scalar<T>(sql);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
