using Dashboard.Data.Demo;
using Dashboard.Data.Import;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Demo;

/// <summary>
/// The demo sector generated once and imported, file by file in the order the generator gives, into a fresh
/// installation whose clock stands at 15 November 2026 — as a newcomer's first start would do it.
/// </summary>
public sealed class ImportedDemoSector : IDisposable
{
    public ImportedDemoSector()
    {
        Installation = new TestInstallation(new FixedClock(2026, 11, 15));
        Paths = DemoSectorGenerator.Write(Path.Combine(Installation.Folder, "demo"));
        Imports = Paths
            .Select(path => (Path: path, Outcome: Installation.Importer.Import(new ImportRequest(KindOf(path), path) { IsDemo = true })))
            .ToList();
    }

    public TestInstallation Installation { get; }

    public IReadOnlyList<string> Paths { get; }

    public IReadOnlyList<(string Path, ImportOutcome Outcome)> Imports { get; }

    /// <summary>The kind a loader reads from the file name: it starts with the kind's name.</summary>
    public static ImportKind KindOf(string path) =>
        Enum.GetValues<ImportKind>().Single(k => Path.GetFileName(path).StartsWith(k.Name(), StringComparison.Ordinal));

    public void Dispose() => Installation.Dispose();
}
