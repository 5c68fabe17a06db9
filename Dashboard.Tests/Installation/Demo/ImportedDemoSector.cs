using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Installation.Demo;

/// <summary>
/// The demo sector generated once and loaded by <see cref="DemoSeeder"/> into a fresh installation whose
/// clock stands at 15 November 2026 — as a newcomer's first start does it.
/// </summary>
public sealed class ImportedDemoSector : IDisposable
{
    public ImportedDemoSector()
    {
        Installation = new TestInstallation(new FixedClock(2026, 11, 15));
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

    public void Dispose() => Installation.Dispose();
}
