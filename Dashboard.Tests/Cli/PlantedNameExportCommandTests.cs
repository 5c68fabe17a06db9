using Dashboard.Cli;
using Dashboard.Data.Exports;
using Dashboard.Tests.Exports;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.Web;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `export` on installations whose names an import refuses now (<see cref="PlantedNames"/>): every view is written in
/// every format within the export's time budget, as a scheduled report must — where long names took minutes and a bell
/// in a name ended `export svg` in an unhandled exception.
/// </summary>
public sealed class PlantedNameExportCommandTests(LongNames longNames, ControlCharacterNames controlCharacters)
    : IClassFixture<LongNames>, IClassFixture<ControlCharacterNames>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [MemberData(nameof(PlantedNameDownloadTests.EveryExportOfEachInstallation), MemberType = typeof(PlantedNameDownloadTests))]
    public async Task Every_view_is_written_in_every_format_within_the_budget(string names, ExportView view, ExportFormat format)
    {
        var installation = (names == nameof(LongNames) ? (PlantedNames)longNames : controlCharacters).Installation;
        var file = _folder.Sub($"rapport.{format.ToString().ToLowerInvariant()}");
        string[] filter = view switch
        {
            ExportView.Overzicht or ExportView.Sector => ["--store", "AAN"],
            ExportView.Praktijk => ["--practice", "AAN/REST"],
            _ => [],
        };
        var error = new StringWriter();

        // Word is the funder report, a command of its own.
        string[] command = format == ExportFormat.Docx
            ? ["rapport", "--format", "docx"]
            : ["export", format.ToString().ToLowerInvariant(), "--view", view.ToString().ToLowerInvariant()];
        var exit = await Task.Run(() => CommandLine.Run(
            [.. command, .. filter, "--from", "2025-01-01", "--to", "2025-12-31", "--out", file, "--db", installation.Database.Path],
            new StringWriter(), error, installation.Clock)).WaitAsync(LongNameExportTests.Budget);

        Assert.True(exit == 0, error.ToString());
        Assert.NotEmpty(ExportedFile.Open(format, File.ReadAllBytes(file)));
    }

    public void Dispose() => _folder.Dispose();
}
