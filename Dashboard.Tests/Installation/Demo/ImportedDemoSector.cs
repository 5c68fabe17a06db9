using Dashboard.Data.Storage;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Installation.Demo;

/// <summary>
/// The demo sector generated once and loaded by <see cref="DemoSeeder"/> into a fresh installation whose
/// clock stands at 15 November 2026 — as a newcomer's first start does it.
/// </summary>
public class ImportedDemoSector : IDisposable
{
    public ImportedDemoSector() : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>On that provider; none: nothing imported (a fixture whose tests are skipped).</summary>
    protected ImportedDemoSector(DatabaseProvider? provider)
    {
        if (provider is null)
        {
            (Installation, Seeder, Paths, Imports) = (null!, null!, [], []);
            return;
        }
        Installation = new TestInstallation(new FixedClock(2026, 11, 15), provider.Value);
        Paths = DemoSectorGenerator.Write(Path.Combine(Installation.Folder, "demo"));
        Seeder = new DemoSeeder(Installation.Database, Installation.Importer);
        Imports = Seeder.Seed(Path.Combine(Installation.Folder, "demo"))
            .Select(i => (Path: Path.Combine(Installation.Folder, "demo", i.File), i.Outcome))
            .ToList();
    }

    public TestInstallation Installation { get; }

    public DemoSeeder Seeder { get; }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<(string Path, ImportOutcome Outcome)> Imports { get; }

    public void Dispose()
    {
        Installation?.Dispose();
        GC.SuppressFinalize(this);
    }
}
