using Dashboard.Data.Annotations;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// Loads the fictional demo sector from its files through the normal importer, marked as demo, and
/// removes it again in one transaction (docs/installatie-en-beheer.md#demosector). It never loads by itself: the caller decides when.
/// </summary>
public sealed class DemoSeeder(Database database, Importer importer)
{
    /// <summary>True when the database holds no organisation at all.</summary>
    public bool DatabaseIsEmpty()
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM organisations") == 0;
    }

    /// <summary>True when there are organisations and every one is a demo organisation: only then may demo accounts log in.</summary>
    public bool HoldsOnlyDemoData()
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM organisations WHERE is_demo = 1") > 0
            && connection.Scalar<long>("SELECT COUNT(*) FROM organisations WHERE is_demo = 0") == 0;
    }

    public bool HasDemoData()
    {
        using var connection = database.Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM organisations WHERE is_demo = 1") > 0;
    }

    /// <summary>
    /// The import files of a folder in import order — winkels, deelnemers, certificaten, verkopen, investeringen, nametingen — each
    /// recognised by the kind its name starts with ("verkopen-2025.csv").
    /// </summary>
    public static IReadOnlyList<(ImportKind Kind, string Path)> FilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path) is ".csv" or ".xlsx")
            .Select(path => (Kind: ImportKinds.Parse(Path.GetFileName(path).Split('-', '.', '_')[0]), Path: path))
            .Where(file => file.Kind is not null)
            .Select(file => (file.Kind!.Value, file.Path))
            .OrderBy(file => file.Item1)
            .ThenBy(file => Path.GetFileName(file.Item2), StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Imports every file of the folder as demo data, gives each demo practice the default theory of change
    /// for its kind, a few of them a story (<see cref="DemoStories"/>) and the demo organisations a few annotations; stops at
    /// the first refused file.
    /// </summary>
    public IReadOnlyList<(string File, ImportOutcome Outcome)> Seed(string folder, Action<string>? log = null)
    {
        var outcomes = new List<(string, ImportOutcome)>();
        foreach (var (kind, path) in FilesIn(folder))
        {
            var outcome = importer.Import(new ImportRequest(kind, path) { IsDemo = true, ImportedBy = "demo" });
            outcomes.Add((Path.GetFileName(path), outcome));
            log?.Invoke(outcome.Succeeded
                ? $"{Path.GetFileName(path)}: {outcome.Summary!.Description}"
                : $"{Path.GetFileName(path)}: geweigerd — {string.Join(" ", outcome.Report.Lines().Take(3))}");
            if (!outcome.Succeeded)
            {
                return outcomes;
            }
        }
        if (outcomes.Count > 0)
        {
            var theories = new TheoryOfChangeStore(database).SaveDefaultsForDemoPractices();
            log?.Invoke($"veranderingstheorie: standaardtekst bij {theories} praktijken");
            var stories = new StoryStore(database).SaveForDemoPractices(DemoStories.ByPath);
            log?.Invoke($"verhalen: een voorbeeldverhaal bij {stories} praktijken");
            var annotations = new AnnotationStore(database).SaveForDemo();
            log?.Invoke($"gebeurtenissen: {annotations} bij de demo-organisaties");
        }
        return outcomes;
    }

    /// <summary>Removes the demo organisations, everything that belongs to them and the demo accounts; returns how many organisations went.</summary>
    public int Remove()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginDataWrite();
        const string demoPractices =
            "SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id WHERE o.is_demo = 1";
        foreach (var table in new[] { "sales", "replaced_sales", "sales_monthly", "sales_daily", "sales_batch_ranges", "follow_ups", "trajectories", "certificates", "investments", "targets", "theories_of_change", "stories" })
        {
            connection.Execute($"DELETE FROM {table} WHERE practice_id IN ({demoPractices})", transaction);
        }
        connection.Execute($"DELETE FROM annotations WHERE practice_id IN ({demoPractices})", transaction);
        foreach (var table in new[] { "targets", "participants", "annotations" })
        {
            connection.Execute($"DELETE FROM {table} WHERE organisation_id IN (SELECT id FROM organisations WHERE is_demo = 1)", transaction);
        }
        connection.Execute("DELETE FROM practices WHERE store_id IN (SELECT s.id FROM stores s JOIN organisations o ON o.id = s.organisation_id WHERE o.is_demo = 1)", transaction);
        connection.Execute("DELETE FROM stores WHERE organisation_id IN (SELECT id FROM organisations WHERE is_demo = 1)", transaction);
        var removed = connection.Execute("DELETE FROM organisations WHERE is_demo = 1", transaction);
        connection.Execute("DELETE FROM users WHERE is_demo = 1", transaction);
        connection.Execute(
            """
            DELETE FROM import_batches
            WHERE is_demo = 1
              AND id NOT IN (SELECT batch_id FROM trajectories UNION SELECT batch_id FROM certificates UNION SELECT batch_id FROM investments
                             UNION SELECT batch_id FROM follow_ups
                             UNION SELECT batch_id FROM sales UNION SELECT batch_id FROM replaced_sales
                             UNION SELECT replaced_by_batch_id FROM replaced_sales UNION SELECT batch_id FROM sales_batch_ranges)
            """, transaction);
        DataVersion.Bump(connection, transaction);
        transaction.Commit();
        return removed;
    }
}
