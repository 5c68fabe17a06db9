using Dashboard.Cli;
using Dashboard.Data.Export;
using Dashboard.Tests.Demo;
using Dashboard.Tests.Export;

namespace Dashboard.Tests.Cli;

/// <summary>
/// `export` on an installation with names of 10,000 characters (<see cref="LongNames"/>): every view in every format
/// writes its file within the export's time budget, as a scheduled report must.
/// </summary>
public sealed class LongNameExportCommandTests(LongNames names) : IClassFixture<LongNames>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Theory]
    [MemberData(nameof(LongNameExportTests.EveryExport), MemberType = typeof(LongNameExportTests))]
    public async Task Every_view_is_written_in_every_format_within_the_budget(ExportView view, ExportFormat format)
    {
        var file = _folder.Sub($"rapport.{format.ToString().ToLowerInvariant()}");
        string[] filter = view switch
        {
            ExportView.Overzicht => ["--store", "AAN"],
            ExportView.Praktijk => ["--practice", "AAN/REST"],
            _ => [],
        };
        var error = new StringWriter();

        var exit = await Task.Run(() => CommandLine.Run(
            ["export", format.ToString().ToLowerInvariant(), "--view", view.ToString().ToLowerInvariant(), .. filter, "--from", "2025-01-01", "--to", "2025-12-31",
                "--out", file, "--db", names.Installation.Database.Path],
            new StringWriter(), error, names.Installation.Clock)).WaitAsync(LongNameExportTests.Budget);

        Assert.True(exit == 0, error.ToString());
        Assert.NotEmpty(ExportedFile.Open(format, File.ReadAllBytes(file)));
    }

    public void Dispose() => _folder.Dispose();
}
