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
/// insert, with the product's INSERT into its own schema; the whole in-process <see cref="Importer"/> run is measured too,
/// and what it spends beyond the phases (totals per month, ranges and overlap checks, commit) is the rest. The process
/// start-up and migration is the command-line run minus the in-process run.
/// </summary>
public sealed record ImportPhases(double InspectMs, double ReadMs, double ParseMs, double InsertMs, double InsertWithoutIndexMs, double ImporterMs)
{
    public double RestMs => ImporterMs - InspectMs - ParseMs - InsertMs;

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
        var insert = Timings.Time(() => Insert(database, rows, dropIndex: false));
        DatabaseFiles.Copy(storesOnly, database);
        var insertWithoutIndex = Timings.Time(() => Insert(database, rows, dropIndex: true));
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
        return new ImportPhases(inspect, read, parse, insert, insertWithoutIndex, whole);
    }

    private sealed record SaleRow(long Practice, string Date, string Category, long Cents, long? Items, long? Grams, long? Transactions);

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
            keep?.Add(new SaleRow(id, IsoDate.Format(date!.Value), category!, cents, items, grams, transactions));
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

    /// <summary>The product's INSERT into its sales table — one transaction, one prepared command — and the commit.</summary>
    private static void Insert(string database, List<SaleRow> rows, bool dropIndex)
    {
        using (var connection = new Database(database).Open())
        {
            if (dropIndex)
            {
                connection.Execute("DROP INDEX sales_by_practice_date");
            }
            using var transaction = connection.BeginTransaction();
            var batch = connection.Scalar<long>(
                "INSERT INTO import_batches (kind, file_name, sha256, replace, imported_at) VALUES ('verkopen', 'phase', '', 0, '') RETURNING id",
                transaction);
            using var insert = connection.Command(
                """
                INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
                VALUES ($batch, $practice, $date, $category, $revenue, $items, $weight, $transactions)
                """, transaction);
            var parameters = new[] { "$batch", "$practice", "$date", "$category", "$revenue", "$items", "$weight", "$transactions" }
                .Select(name => insert.Parameters.Add(name, SqliteType.Integer)).ToArray();
            parameters[0].Value = batch;
            parameters[2].SqliteType = SqliteType.Text;
            parameters[3].SqliteType = SqliteType.Text;
            insert.Prepare();
            foreach (var row in rows)
            {
                parameters[1].Value = row.Practice;
                parameters[2].Value = row.Date;
                parameters[3].Value = row.Category;
                parameters[4].Value = row.Cents;
                parameters[5].Value = row.Items is { } i ? i : DBNull.Value;
                parameters[6].Value = row.Grams is { } g ? g : DBNull.Value;
                parameters[7].Value = row.Transactions is { } t ? t : DBNull.Value;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        SqliteConnection.ClearAllPools();
    }
}
