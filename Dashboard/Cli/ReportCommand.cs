using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Cli;

/// <summary>
/// `rapport`: the funder report (docs/funderrapport.md) of one organisation (--org) or one good practice (--praktijk) or
/// practice kind (--soort) over a period, as Word or PDF — the same file the page's download gives, through the same
/// <see cref="ExportService"/>, and always protected: a report is for publishing, so there is no --exact.
/// </summary>
public static class ReportCommand
{
    private static readonly HashSet<string> ValueOptions = [.. FilterOptions.Names, "--format", "--out", "--lang", "--db"];

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) =>
        FilterOptions.Run(args, ValueOptions, new HashSet<string> { "--exact" }, error, arguments => Run(args, arguments, output, error, clock));

    private static int Run(string[] words, CliArguments arguments, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException($"rapport heeft geen '{arguments.Positional[0]}' nodig: kies met --org, --soort of --praktijk waarover het gaat.");
        }
        if (arguments.Flag("--exact"))
        {
            throw new UsageException("Een rapport is altijd afgeschermd, ook op de opdrachtregel: --exact kan hier niet (wel bij export en indicators).");
        }
        var format = arguments.Option("--format") switch
        {
            null => throw new UsageException("rapport heeft --format docx of --format pdf nodig."),
            var text when text.Equals("docx", StringComparison.OrdinalIgnoreCase) => ExportFormat.Docx,
            var text when text.Equals("pdf", StringComparison.OrdinalIgnoreCase) => ExportFormat.Pdf,
            var text => throw new UsageException($"--format moet docx of pdf zijn, niet '{text}'."),
        };
        var file = arguments.Option("--out") ?? throw new UsageException("rapport heeft --out <bestand> nodig.");
        var aboutPractice = arguments.Options("--soort").Count > 0 || arguments.Options("--praktijk").Count > 0;
        if (!aboutPractice && arguments.Options("--org").Count == 0 && arguments.Options("--winkel").Count == 0)
        {
            throw new UsageException("rapport gaat over één organisatie (--org, of een --winkel van haar), één goede praktijk (--praktijk) of één soort praktijk (--soort): kies er één.");
        }
        var language = arguments.Option("--lang") ?? "nl";
        var culture = Language.Parse(language) ?? throw new UsageException($"--lang moet nl of en zijn, niet '{language}'.");
        var period = FilterOptions.Period(arguments);
        if (!ExportCommand.FolderExists(file, error))
        {
            return 1;
        }

        using var core = CommandLine.Core(arguments, clock);
        var order = new ExportOrder(aboutPractice ? ExportView.Praktijk : ExportView.Overzicht, FilterOptions.Named(arguments, period), FilterOptions.Today(clock))
        {
            Culture = culture,
            Report = true,
        };
        ExportFile report;
        try
        {
            report = core.GetRequiredService<ExportService>().Export(Actor.CommandLine, "rapport " + string.Join(' ', words), format, order, ChartSize.Print,
                CsvDialect.DutchExcel);
        }
        catch (UnknownFilterValueException unknown)
        {
            error.WriteLine(unknown.Message);
            return 1;
        }
        catch (ExportRefusedException refused)
        {
            error.WriteLine(refused.Message);
            return 2;
        }
        ExportCommand.Write(file, report.Bytes);
        output.WriteLine($"{Path.GetFullPath(file)} geschreven ({report.Bytes.Length} bytes, kleine aantallen afgeschermd): {report.Title}.");
        return 0;
    }
}
