using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Micro;

/// <summary>The demo sector at a small scale in a temporary folder, imported in process, for the micro-benchmarks.</summary>
public sealed class DemoInstallation : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-bench-" + Guid.NewGuid().ToString("N"));

    public DemoInstallation(int scale)
    {
        var files = Path.Combine(_folder, "files");
        DemoSectorGenerator.Write(files, scale);
        Database = new Database(Path.Combine(_folder, "dashboard.db"));
        Database.Migrate();
        new DemoSeeder(Database, new Importer(Database, Path.Combine(_folder, "key"), TimeProvider.System, ImportLimits.Default)).Seed(files);
        Snapshots = new SnapshotCache(Database);
    }

    public Database Database { get; }

    public SnapshotCache Snapshots { get; }

    public IndicatorService NewIndicatorService() => new(Snapshots, new SettingsStore(Database));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
