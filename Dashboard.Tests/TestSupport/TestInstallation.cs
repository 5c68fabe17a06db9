using System.Data.Common;
using System.Globalization;
using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.TestSupport;

/// <summary>
/// A real installation in a temporary folder: a migrated SQLite file, a key file path beside it, an
/// importer on a fixed clock, and helpers to write import files. Deleted again after the test.
/// </summary>
public sealed class TestInstallation : IDisposable
{
    /// <summary>The day every test installation lives on unless told otherwise: "today" for end dates and sales.</summary>
    public static readonly DateOnly Today = new(2026, 11, 15);

    /// <summary>
    /// The provider of an installation that names none: SQLite, unless `IMPACT_TEST_PROVIDER=PostgreSQL` runs the whole
    /// suite on PostgreSQL to find what is not portable yet (many file-level tests then fail by design).
    /// </summary>
    private static DatabaseProvider DefaultProvider =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("IMPACT_TEST_PROVIDER"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public TestInstallation(TimeProvider? clock = null, DatabaseProvider? provider = null)
    {
        provider ??= DefaultProvider;
        Folder = Path.Combine(Path.GetTempPath(), "impact-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Clock = clock ?? new FixedClock(Today.Year, Today.Month, Today.Day);
        if (provider == DatabaseProvider.PostgreSql)
        {
            (Database, _drop) = TestPostgreSql.CreateDatabase();
        }
        else
        {
            Database = new Database(Path.Combine(Folder, "impact.db"));
        }
        Database.Migrate();
        KeyFile = Path.Combine(Folder, "impact.key");
        Importer = new Importer(Database, KeyFile, Clock, ImportLimits.Default, RecordKeys);
        Undo = new SalesUndo(Database, Clock);
    }

    /// <summary>The seed of every test installation's record keys: their protected figures are the same on every run.</summary>
    public const int RecordKeySeed = 20261206;

    /// <summary>The record keys its imports draw, seeded (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken).</summary>
    public RecordKeys RecordKeys { get; } = RecordKeys.Seeded(RecordKeySeed);

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

    /// <summary>Writes raw bytes as a file, for what is not text at all.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public ImportOutcome Import(ImportKind kind, string path, bool replace = false) =>
        Importer.Import(new ImportRequest(kind, path, Replace: replace));

    /// <summary>Imports a file with an importer of lower <paramref name="limits"/>, so a test of a limit needs only a small file.</summary>
    public ImportOutcome Import(ImportLimits limits, ImportKind kind, string path) =>
        new Importer(Database, KeyFile, Clock, limits, RecordKeys).Import(new ImportRequest(kind, path));

    /// <summary>
    /// Imports a crafted file that must be refused as a whole: returns the refusal after asserting that nothing changed
    /// and that the import allocated under <paramref name="flatMegabytes"/> — far below what reading such a file whole
    /// would take (hundreds of megabytes to many gigabytes).
    /// </summary>
    public string RefusedWithFlatMemory(ImportKind kind, string path, ImportLimits? limits = null, long flatMegabytes = 16)
    {
        var before = Snapshot();
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        var outcome = Import(limits ?? ImportLimits.Default, kind, path);

        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(used < flatMegabytes * 1024 * 1024, $"the import allocated {used / 1024 / 1024} MB");
        Assert.Equal(before, Snapshot());
        return ImportAssert.FileRefused(outcome);
    }

    /// <summary>Imports text content as a file, asserting nothing.</summary>
    public ImportOutcome Import(ImportKind kind, string name, string content, bool replace = false, Encoding? encoding = null) =>
        Import(kind, WriteFile(name, content, encoding), replace);

    /// <summary>Imports content that must be accepted; fails the test with the report's lines when it is not.</summary>
    public ImportOutcome ImportOk(ImportKind kind, string name, string content, bool replace = false, Encoding? encoding = null) =>
        ImportAssert.Succeeded(Import(kind, name, content, replace, encoding));

    /// <summary>The standard stores (<see cref="StandardStores"/>), imported.</summary>
    public TestInstallation WithStandardStores()
    {
        ImportOk(ImportKind.Winkels, "winkels.csv", StandardStores.File);
        return this;
    }

    public long Count(string table) => Query<long>($"SELECT COUNT(*) FROM {table}");

    public T Query<T>(string sql)
    {
        using var connection = Database.Open();
        return connection.Scalar<T>(sql);
    }

    /// <summary>Every row of a query, each mapped.</summary>
    public List<T> Rows<T>(string sql, Func<DbDataReader, T> map)
    {
        using var connection = Database.Open();
        return connection.Query(sql, map);
    }

    /// <summary>Every row of a query as "a|b|c" text (NULL as ∅), in the query's order.</summary>
    public List<string> Lines(string sql) => Rows(sql, Line);

    /// <summary>
    /// The whole database as sorted text lines "table: a|b|c", every user table included, so that
    /// "nothing changed" can be asserted by comparing two snapshots.
    /// </summary>
    public List<string> Snapshot()
    {
        var tables = Rows(Database.Provider == DatabaseProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_version' ORDER BY table_name",
            r => r.GetString(0));
        var lines = new List<string>();
        foreach (var table in tables)
        {
            lines.Add($"{table} ({Count(table)} rows)");
            lines.AddRange(Lines($"SELECT * FROM {table}").Select(l => $"{table}: {l}").Order(StringComparer.Ordinal));
        }
        return lines;
    }

    private static string Line(DbDataReader reader)
    {
        var values = new string[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
        }
        return string.Join("|", values);
    }

    private readonly Action? _drop;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _drop?.Invoke();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
