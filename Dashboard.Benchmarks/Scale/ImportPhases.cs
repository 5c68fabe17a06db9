using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// Where the import's time goes, measured in this process on the same sample, without touching the product: each phase
/// is re-enacted with the product's own pieces (the file inspector, the CSV reader, the row reader, and for the insert
/// its <see cref="SalesRowWriter"/> with the sales indexes set aside and built again by <see cref="SalesIndexes"/>, as
/// for a file as large as the table); the whole in-process <see cref="Importer"/> run is measured too. The product inserts rows on a thread of its own while
/// it parses the next ones, so of those two phases only the longer counts towards its time: the rest (totals per day and
/// month, ranges and overlap checks) is the importer minus inspect, the longer of parse and row inserts, and the index build and
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
        var rows = new List<SalesRowWriter.Row>(1_000_000);
        Parse(file, practices, rows);

        DatabaseFiles.Copy(storesOnly, database);
        double insertRows = 0;
        var insert = Timings.Time(() => insertRows = Insert(database, rows, rebuildIndexes: true));
        DatabaseFiles.Copy(storesOnly, database);
        var insertWithoutIndex = Timings.Time(() => Insert(database, rows, rebuildIndexes: false));
        rows = null;
        GC.Collect();

        DatabaseFiles.Copy(storesOnly, database);
        var importer = new Importer(new Database(database), Path.Combine(work, "phases.key"), TimeProvider.System, ImportLimits.Default);
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

    private static int Read(InspectedFile file)
    {
        using var source = new CsvRowSource(file.Path, file.Encoding!, ImportLimits.Default);
        var fields = 0;
        while (source.Read())
        {
            fields += source.FieldCount;
        }
        return fields;
    }

    /// <summary>Reads every field as the sales import does: typed, checked, the store and practice looked up.</summary>
    private static long Parse(InspectedFile file, Dictionary<(string, string), long> practices, List<SalesRowWriter.Row>? keep)
    {
        using var source = new CsvRowSource(file.Path, file.Encoding!, ImportLimits.Default);
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
            keep?.Add(new SalesRowWriter.Row(id, date!.Value, category!, cents, items, grams, transactions));
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
    /// The product's INSERT into its sales table — its own <see cref="SalesRowWriter"/> in one transaction — and the commit.
    /// The indexes of sales are set aside first as the product does for a file at least as large as the table
    /// (<see cref="SalesIndexes"/>) and, with <paramref name="rebuildIndexes"/>, built again after the rows; without, the
    /// table has no index at all. Returns the time of the row inserts alone.
    /// </summary>
    private static double Insert(string database, List<SalesRowWriter.Row> rows, bool rebuildIndexes)
    {
        double rowsMs;
        using (var connection = new Database(database).Open())
        {
            connection.Execute("PRAGMA temp_store = FILE;");
            using var transaction = connection.BeginTransaction();
            var batch = connection.Scalar<long>(
                "INSERT INTO import_batches (kind, file_name, sha256, replace, imported_at) VALUES ('verkopen', 'phase', '', 0, '') RETURNING id",
                transaction);
            var indexes = SalesIndexes.DropWhenRebuildingPays(connection, transaction, storedRows: 0, fileRows: rows.Count)
                ?? throw new InvalidOperationException($"the product keeps the sales indexes for {rows.Count:N0} rows into an empty table");
            rowsMs = Timings.Time(() =>
            {
                using var writer = new SalesRowWriter(connection, batch);
                foreach (var row in rows)
                {
                    writer.Insert(row);
                }
                writer.Finish();
            });
            if (rebuildIndexes)
            {
                indexes.Rebuild();
            }
            transaction.Commit();
        }
        SqliteConnection.ClearAllPools();
        return rowsMs;
    }
}
