using Dashboard.Cli;
using Dashboard.Data.Export;
using Dashboard.Tests.Demo;
using Dashboard.Tests.Export;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `export` on an installation whose names hold a bell and a right-to-left override (<see cref="ControlCharacterNames"/>):
/// every view is written in every format, where `export svg` used to end in an unhandled exception.
/// </summary>
public sealed class ControlCharacterExportCommandTests(ControlCharacterNames names) : IClassFixture<ControlCharacterNames>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [MemberData(nameof(LongNameExportTests.EveryExport), MemberType = typeof(LongNameExportTests))]
    public void Every_view_is_written_in_every_format(ExportView view, ExportFormat format)
    {
        var file = _folder.Sub($"rapport.{format.ToString().ToLowerInvariant()}");
        string[] filter = view switch
        {
            ExportView.Overzicht => ["--store", "AAN"],
            ExportView.Praktijk => ["--practice", "AAN/REST"],
            _ => [],
        };
        var error = new StringWriter();

        var exit = CommandLine.Run(
            ["export", format.ToString().ToLowerInvariant(), "--view", view.ToString().ToLowerInvariant(), .. filter, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", file, "--db", names.Installation.Database.Path],
            new StringWriter(), error, names.Installation.Clock);

        Assert.True(exit == 0, error.ToString());
        Assert.NotEmpty(ExportedFile.Open(format, File.ReadAllBytes(file)));
    }

    public void Dispose() => _folder.Dispose();
}
