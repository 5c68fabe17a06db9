using Dashboard.Data.Domain;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Parsing;
using Dashboard.Data.Import.Reading;
using Dashboard.Data.Import.Validation;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// Where the import's time goes, measured in this process on the same sample, without touching the product: each phase
/// is re-enacted with the product's own public pieces (the file inspector, the CSV reader, the row reader) or, for the
/// insert, as the product inserts into its own schema — one statement bound by position (<see cref="SqliteStatement"/>),
/// with the sales indexes set aside and built again afterwards as the product does for a file as large as the table;
/// the whole in-process <see cref="Importer"/> run is measured too. The product inserts rows on a thread of its own while
/// it parses the next ones, so of those two phases only the longer counts towards its time: the rest (totals per month,
/// ranges and overlap checks) is the importer minus inspect, the longer of parse and row inserts, and the index build and
/// commit. The process start-up and migration is the command-line run minus the in-process run.
/// </summary>
public sealed record ImportPhases(double InspectMs, double ReadMs, double ParseMs, double InsertMs, double InsertRowsMs, double InsertWithoutIndexMs,
    double ImporterMs)
{
    public double RestMs => ImporterMs - InspectMs - Math.Max(ParseMs, InsertRowsMs) - (InsertMs - InsertRowsMs);

    public static ImportPhases Measure(string storesOnly, string sample, string work)
    {
        var database = Path.Combine(work, "phases.db");
        var inspect = Timings.Time(() => FileInspector.Inspect(sample));
        var file = FileInspector.Inspect(sample);
        var read = Timings.Time(() => Read(file));
        var practices = PracticeIds(storesOnly);
        var parse = Timings.Time(() => Parse(file, practices, keep: null));
        var rows = new List<SaleRow>(1_000_000);
        Parse(file, practices, rows);

        DatabaseFiles.Copy(storesOnly, database);
        double insertRows = 0;
        var insert = Timings.Time(() => insertRows = Insert(database, rows, rebuildIndexes: true));
        DatabaseFiles.Copy(storesOnly, database);
        var insertWithoutIndex = Timings.Time(() => Insert(database, rows, rebuildIndexes: false));
        rows = null;
        GC.Collect();

        DatabaseFiles.Copy(storesOnly, database);
        var importer = new Importer(new Database(database), Path.Combine(work, "phases.key"), TimeProvider.System);
        var request = new ImportRequest(ImportKind.Verkopen, sample) { ImportedBy = "benchmark" };
        ImportOutcome? outcome = null;
        var whole = Timings.Time(() => outcome = importer.Import(request));
        if (outcome is not { Succeeded: true })
        {
            throw new InvalidOperationException("the in-process import failed: " + string.Join("\n", outcome?.Report.Lines() ?? []));
        }
        SqliteConnection.ClearAllPools();
        DatabaseFiles.Delete(database);
        return new ImportPhases(inspect, read, parse, insert, insertRows, insertWithoutIndex, whole);
    }

    private sealed record SaleRow(long Practice, DateOnly Date, string Category, long Cents, long? Items, long? Grams, long? Transactions);

    private static int Read(InspectedFile file)
    {
        using var source = new CsvRowSource(file.Path, file.Encoding!);
        var fields = 0;
        while (source.Read())
        {
            fields += source.FieldCount;
        }
        return fields;
    }

    /// <summary>Reads every field as the sales import does: typed, checked, the store and practice looked up.</summary>
    private static long Parse(InspectedFile file, Dictionary<(string, string), long> practices, List<SaleRow>? keep)
    {
        using var source = new CsvRowSource(file.Path, file.Encoding!);
        var report = new ValidationReport();
        var columns = ImportLayouts.Columns(ImportKind.Verkopen).ToDictionary(c => c.Name);
        var headers = HeaderMap.Match(source.Headers, columns.Values.ToList(), report);
        var row = new RowReader(source, headers, report);
        long check = 0;
        while (source.Read())
        {
            if (!row.BeginRow(source.Headers.Count))
            {
                continue;
            }
            var date = row.Date(columns["datum"]);
            var store = row.Identifier(columns["winkel"]);
            var practice = row.Identifier(columns["praktijk"]);
            var category = row.Code(columns["categorie"]);
            var revenue = row.Number(columns["omzet"]);
            var items = row.WholeNumber(columns["aantal"]);
            var weight = row.Number(columns["gewicht_kg"]);
            var transactions = row.WholeNumber(columns["transacties"]);
            var id = practices.GetValueOrDefault((CodeText.Normalize(store!), CodeText.Normalize(practice!)));
            var cents = (long)Math.Round(revenue!.Value * 100, MidpointRounding.AwayFromZero);
            long? grams = weight is { } kg ? (long)Math.Round(kg * 1000, MidpointRounding.AwayFromZero) : null;
            check += id + cents;
            keep?.Add(new SaleRow(id, date!.Value, category!, cents, items, grams, transactions));
        }
        return report.HasProblems ? throw new InvalidOperationException("the sample has problems: " + string.Join("\n", report.Lines())) : check;
    }

    private static Dictionary<(string, string), long> PracticeIds(string database)
    {
        using var connection = new Database(database).Open();
        return connection.Query("SELECT p.id, s.code, p.code FROM practices p JOIN stores s ON s.id = p.store_id",
                r => (Id: r.GetInt64(0), Store: CodeText.Normalize(r.GetString(1)), Practice: CodeText.Normalize(r.GetString(2))))
            .ToDictionary(p => (p.Store, p.Practice), p => p.Id);
    }

    /// <summary>
    /// The product's INSERT into its sales table — one transaction, one statement bound by position — and the commit. With
    /// <paramref name="rebuildIndexes"/> the indexes of sales are dropped first and built again after the rows, as the
    /// product does for a file at least as large as the table; without, the table has no index at all. Returns the time of
    /// the row inserts alone.
    /// </summary>
    private static double Insert(string database, List<SaleRow> rows, bool rebuildIndexes)
    {
        double rowsMs;
        using (var connection = new Database(database).Open())
        {
            connection.Execute("PRAGMA temp_store = FILE;");
            using var transaction = connection.BeginTransaction();
            var batch = connection.Scalar<long>(
                "INSERT INTO import_batches (kind, file_name, sha256, replace, imported_at) VALUES ('verkopen', 'phase', '', 0, '') RETURNING id",
                transaction);
            var indexes = connection.Query("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'sales' AND sql IS NOT NULL",
                r => (Name: r.GetString(0), Sql: r.GetString(1)), transaction);
            foreach (var (name, _) in indexes)
            {
                connection.Execute($"DROP INDEX \"{name}\"", transaction);
            }
            using (var insert = new SqliteStatement(connection,
                       """
                       INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
                       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                       """))
            {
                rowsMs = Timings.Time(() =>
                {
                    Span<byte> isoDate = stackalloc byte[10];
                    insert.Bind(1, batch);
                    foreach (var row in rows)
                    {
                        insert.Bind(2, row.Practice);
                        insert.Bind(3, IsoDate.Utf8(row.Date, isoDate));
                        insert.BindCode(4, row.Category);
                        insert.Bind(5, row.Cents);
                        insert.Bind(6, row.Items);
                        insert.Bind(7, row.Grams);
                        insert.Bind(8, row.Transactions);
                        insert.Execute();
                    }
                });
            }
            if (rebuildIndexes)
            {
                foreach (var (_, sql) in indexes)
                {
                    connection.Execute(sql, transaction);
                }
            }
            transaction.Commit();
        }
        SqliteConnection.ClearAllPools();
        return rowsMs;
    }
}
