using Dashboard.Cli;
using Dashboard.Data.Exports;
using Dashboard.Tests.Exports;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Cli;

/// <summary>`export`: the file a scheduled report writes, on the whole demo sector, for the year 2025.</summary>
public sealed class ExportCommandTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["export", .. args, "--from", "2025-01-01", "--to", "2025-12-31", "--db", demo.Installation.Database.Path],
            output, error, demo.Installation.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The figures of the 2025 horeca comparison of P4R, where three stores had fewer than 5 people leave.</summary>
    private string[][] HorecaPaidWork(char delimiter, params string[] extra)
    {
        var file = _folder.Sub($"{Guid.NewGuid():N}.csv");
        Assert.Equal(0, Run(["csv", "--view", "vergelijken", "--kind", "horeca", "--indicator", "P4R", "--out", file, .. extra]).Exit);
        return CsvFile.Rows(File.ReadAllBytes(file), delimiter);
    }

    [Theory]
    [InlineData("png", "vergelijken", "--size print", "2480×1395")]
    [InlineData("png", "overzicht", "", "1200×675")]
    [InlineData("svg", "overzicht", "--chart trend", "svg")]
    [InlineData("xlsx", "vergelijken", "--indicator E1 --per m2", "Cijfers, Toelichting, Grafiek")]
    [InlineData("csv", "praktijk", "--kind horeca --chart uitstroom", "Groep|deze periode")]
    [InlineData("pdf", "praktijk", "--kind horeca", "FACTSHEET · GOEDE PRAKTIJK")]
    [InlineData("pdf", "overzicht", "--store VNL --lang en", "FACTSHEET · ORGANISATION")]
    public void Each_format_writes_a_file_of_its_kind(string format, string view, string options, string opensWith)
    {
        var file = _folder.Sub("rapport." + format);

        var (exit, output, error) = Run([format, "--view", view, "--out", file, .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(file);
        Assert.StartsWith(opensWith, ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), bytes), StringComparison.Ordinal);
        Assert.Equal($"{file} geschreven ({bytes.Length} bytes, kleine aantallen afgeschermd).", output.TrimEnd());
    }

    [Fact]
    public void Exact_gives_the_exact_figures_that_are_otherwise_protected()
    {
        var protectedRows = HorecaPaidWork(';');
        var exact = HorecaPaidWork(';', "--exact");

        string Value(string[][] rows, string store) => rows.Single(r => r[1] == store)[4];
        Assert.Equal("afgeschermd", Value(protectedRows, "AMF"));
        Assert.Equal("33,3", Value(exact, "AMF"));
        Assert.DoesNotContain(exact.SelectMany(r => r), cell => cell == "afgeschermd");
    }

    [Fact]
    public void Csv_en_writes_commas_and_decimal_points()
    {
        var dutch = HorecaPaidWork(';', "--csv", "nl", "--exact");
        var international = HorecaPaidWork(',', "--csv", "en", "--exact");

        Assert.Equal(dutch.Select(r => r[1]), international.Select(r => r[1]));
        Assert.Equal(("33,3", "33.3"), (dutch.Single(r => r[1] == "AMF")[4], international.Single(r => r[1] == "AMF")[4]));
    }

    [Theory]
    [InlineData("pdf --view vergelijken",
        "Een factsheet is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor vergelijken.")]
    [InlineData("csv --view vergelijken --indicator P4R --per deelnemer",
        "P4R is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.")]
    [InlineData("png --view overzicht --per uren", "Omrekenen per deelnemer, uur of m² kan alleen bij vergelijken.")]
    [InlineData("svg --view overzicht --size print", "--size hoort alleen bij png; svg schaalt zelf, Excel en pdf hebben hun eigen maat.")]
    [InlineData("xlsx --view vergelijken --csv en", "--csv hoort alleen bij csv.")]
    [InlineData("csv --view praktijk --kind horeca --chart winkels", "--chart: 'winkels' is geen grafiek van praktijk.")]
    [InlineData("docx --view overzicht", "formaat: 'docx' is het rapport voor een fonds; dat maakt de opdracht rapport. Kies bij export png, svg, xlsx, csv of pdf.")]
    public void A_combination_that_makes_no_sense_exits_2_with_a_Dutch_message_and_writes_nothing(string arguments, string message)
    {
        var file = _folder.Sub("rapport.bin");

        var (exit, output, error) = Run([.. arguments.Split(' '), "--out", file]);

        Assert.Equal(2, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(file));
    }

    /// <summary>Far more than refusing a period takes, or writing the longest one allowed (about a second); 300 years took minutes.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    /// <summary>`export` with this period instead of 2025, given up when it runs over <see cref="Budget"/>.</summary>
    private async Task<(int Exit, string Error)> RunFor(string from, string to, params string[] args)
    {
        var error = new StringWriter();
        var exit = await Task.Run(() => CommandLine.Run(["export", .. args, "--from", from, "--to", to, "--db", demo.Installation.Database.Path],
            new StringWriter(), error, demo.Installation.Clock)).WaitAsync(Budget);
        return (exit, error.ToString());
    }

    [Theory]
    [InlineData("1900-01-01", "2199-12-31", "De periode 01-01-1900 t/m 31-12-2199 is langer dan 50 jaar, de langste periode die het dashboard toont: kies een kortere.")]
    [InlineData("5000-01-01", "9998-12-31", "--from: '5000-01-01' ligt niet tussen 1900 en 2199")]
    [InlineData("0001-01-01", "2025-12-31", "--from: '0001-01-01' ligt niet tussen 1900 en 2199")]
    public async Task A_period_beyond_the_limits_exits_2_at_once_with_a_Dutch_message_and_writes_nothing(string from, string to, string message)
    {
        var file = _folder.Sub("overzicht.png");

        var (exit, error) = await RunFor(from, to, "png", "--view", "overzicht", "--out", file);

        Assert.Equal(2, exit);
        Assert.StartsWith(message + Environment.NewLine, error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("png", "overzicht")]
    [InlineData("xlsx", "praktijk")]
    [InlineData("svg", "vergelijken")]
    public async Task The_longest_period_allowed_is_written_within_the_budget(string format, string view)
    {
        var file = _folder.Sub($"{view}.{format}");

        var (exit, error) = await RunFor("16-11-1976", "15-11-2026", format, "--view", view, "--kind", "horeca", "--out", file);

        Assert.True(exit == 0, error);
        Assert.NotEmpty(ExportedFile.Open(Enum.Parse<ExportFormat>(format, ignoreCase: true), File.ReadAllBytes(file)));
    }

    [Fact]
    public void Without_out_it_exits_2_and_says_so()
    {
        var (exit, _, error) = Run("csv", "--view", "overzicht");

        Assert.Equal(2, exit);
        Assert.StartsWith("export heeft --out <bestand> nodig.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--store", "XYZ", "Onbekende winkel 'XYZ'.")]
    [InlineData("--kind", "horeka", "'horeka' is geen bekende soort praktijk (bedoelt u 'horeca'?).")]
    [InlineData("--org", "Onbekend Bedrijf", "Onbekende organisatie 'Onbekend Bedrijf'.")]
    public void A_name_the_data_does_not_hold_exits_1_and_writes_nothing(string option, string value, string message)
    {
        var file = _folder.Sub("rapport.csv");

        var (exit, _, error) = Run("csv", "--view", "vergelijken", option, value, "--out", file);

        Assert.Equal(1, exit);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void A_folder_that_does_not_exist_exits_1()
    {
        var file = Path.Combine(_folder.Sub("bestaat-niet"), "rapport.csv");

        var (exit, _, error) = Run("csv", "--view", "overzicht", "--out", file);

        Assert.Equal(1, exit);
        Assert.Equal($"De map {_folder.Sub("bestaat-niet")} bestaat niet; er is niets geschreven.", error.TrimEnd());
    }

    [Fact]
    public void An_existing_report_is_kept_whole_when_the_export_fails_and_replaced_whole_when_it_succeeds()
    {
        var file = _folder.Sub("maandrapport.pdf");
        File.WriteAllText(file, "het rapport van vorige maand");

        var refused = Run("pdf", "--view", "overzicht", "--out", file);          // no one organisation: refused

        Assert.Equal(2, refused.Exit);
        Assert.Equal("het rapport van vorige maand", File.ReadAllText(file));

        var written = Run("pdf", "--view", "overzicht", "--store", "VNL", "--out", file);

        Assert.Equal(0, written.Exit);
        Assert.StartsWith("FACTSHEET · ORGANISATIE", ExportedFile.Open(ExportFormat.Pdf, File.ReadAllBytes(file)), StringComparison.Ordinal);
        Assert.Equal([file], Directory.GetFiles(_folder.Path));               // no temporary file left beside it
    }

    public void Dispose() => _folder.Dispose();
}
