using Dashboard.Cli;
using Dashboard.Data.Exports;
using Dashboard.Tests.Exports;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Cli;

/// <summary>`rapport`: the funder report of the demo sector for 2025, as Word or PDF, always protected.</summary>
public sealed class ReportCommandTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["rapport", .. args, "--db", demo.Installation.Database.Path], output, error, demo.Installation.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("docx", "--praktijk EHV/REST", "Impactrapportage\nRestaurant Het Vervolg\nDe Kringwinkel Eindhoven · De Kringwinkel Zuidoost · Horeca\nPeriode: 2025")]
    [InlineData("pdf", "--praktijk EHV/REST", "IMPACTRAPPORTAGE")]
    [InlineData("docx", "--org Stichting_Tweede_Ronde --lang en", "Impact report\nStichting Tweede Ronde\n")]
    [InlineData("pdf", "--soort horeca --org Kringloop_Aan_de_Maas", "IMPACTRAPPORTAGE")]
    public void Each_format_writes_the_report_of_its_subject(string format, string options, string opensWith)
    {
        var file = _folder.Sub("rapport." + format);

        var (exit, output, error) = Run(["--van", "2025-01-01", "--tot", "2025-12-31", "--format", format, "--out", file,
            .. options.Split(' ').Select(o => o.Replace('_', ' '))]);

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(file);
        var text = ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), bytes);
        Assert.StartsWith(opensWith, text.Replace("\r", ""), StringComparison.Ordinal);
        Assert.Matches(@$"^{System.Text.RegularExpressions.Regex.Escape(file)} geschreven \({bytes.Length} bytes, kleine aantallen afgeschermd\): Impact", output.TrimEnd());
    }

    [Fact]
    public void The_spellings_of_the_issue_work_too_with_a_hint()
    {
        var file = _folder.Sub("vervolg.docx");

        var (exit, _, error) = Run("--practice", "EHV/REST", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "docx", "--out", file);

        Assert.Equal(0, exit);
        Assert.Contains("--practice heet nu --praktijk.", error, StringComparison.Ordinal);
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("--praktijk EHV/REST --out x.docx", "rapport heeft --format docx of --format pdf nodig.")]
    [InlineData("--praktijk EHV/REST --format xlsx --out x.xlsx", "--format moet docx of pdf zijn, niet 'xlsx'.")]
    [InlineData("--praktijk EHV/REST --format docx", "rapport heeft --out <bestand> nodig.")]
    [InlineData("--format docx --out x.docx", "rapport gaat over één organisatie (--org, of een --winkel van haar), één goede praktijk (--praktijk) of één soort praktijk (--soort): kies er één.")]
    [InlineData("--praktijk EHV/REST --format docx --out x.docx --exact", "Een rapport is altijd afgeschermd, ook op de opdrachtregel: --exact kan hier niet (wel bij export en indicators).")]
    [InlineData("--praktijk EHV/REST --format docx --out x.docx --lang de", "--lang moet nl of en zijn, niet 'de'.")]
    [InlineData("--winkel EHV --org Kringloop_Aan_de_Maas --format docx --out x.docx", "Een rapport van het overzicht is er voor één organisatie: kies er één.")]
    public void Wrong_usage_exits_2_with_a_Dutch_message_and_writes_nothing(string arguments, string message)
    {
        var args = arguments.Split(' ').Select(a => a.Replace('_', ' ')).Select(a => a.EndsWith(".docx", StringComparison.Ordinal) || a.EndsWith(".xlsx", StringComparison.Ordinal)
            ? _folder.Sub(a) : a).ToArray();

        var (exit, output, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void Out_naming_a_folder_or_nothing_is_wrong_usage_before_anything_is_made()
    {
        var folder = Run("--praktijk", "EHV/REST", "--format", "docx", "--out", _folder.Path);
        var empty = Run("--praktijk", "EHV/REST", "--format", "docx", "--out", "");

        Assert.Equal((2, 2), (folder.Exit, empty.Exit));
        Assert.Contains($"--out {_folder.Path} is een map; geef de naam van het bestand", folder.Error, StringComparison.Ordinal);
        Assert.Contains("--out heeft de naam van een bestand nodig.", empty.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public void A_practice_the_data_does_not_hold_exits_1_and_writes_nothing()
    {
        var (exit, _, error) = Run("--praktijk", "EHV/BESTAATNIET", "--format", "pdf", "--out", _folder.Sub("x.pdf"));

        Assert.Equal(1, exit);
        Assert.Contains("EHV/BESTAATNIET", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    public void Dispose() => _folder.Dispose();
}
