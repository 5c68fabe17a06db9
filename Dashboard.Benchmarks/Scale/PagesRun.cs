using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// `pages --db file` or `pages --connection "Host=…;Database=…"`: every page's figures timed on an installation that is already
/// there (the scale run's, or a copy of a real one), without generating or importing anything — to look at one provider's
/// page times again after a change.
/// </summary>
public static class PagesRun
{
    public static int Run(IReadOnlyList<string> args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var database = Option("--connection") is { } connection ? Database.PostgreSql(connection)
            : Option("--db") is { } file ? new Database(file)
            : throw new ArgumentException("pages needs --db <file> or --connection \"Host=…;Database=…\"");
        var repetitions = Option("--reps") is { } reps ? int.Parse(reps, System.Globalization.CultureInfo.InvariantCulture) : 20;
        database.Migrate();
        var snapshots = new SnapshotCache(database);
        Console.WriteLine($"{database.Path}: {Machine.Describe()}");
        // --only "Overzicht" or --only "Overzicht · hele sector": the pages and filters whose names contain it.
        var only = Option("--only");
        PageTimings.Measure(database, snapshots, repetitions, Console.WriteLine,
            only is null ? null : (page, scenario) => $"{page} · {scenario.Name}".Contains(only, StringComparison.OrdinalIgnoreCase));
        return 0;
    }
}
