using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Cli;

/// <summary>
/// `export`: the same file a download link gives (docs/weergave-en-export.md#opdrachtregel), written to --out for scheduled reports. Protected
/// unless --exact. A combination that makes no sense (a factsheet of vergelijken, --per with a rate, --size with
/// anything but png) is wrong usage: exit 2; a name the data does not hold exits 1, as in `indicators`.
/// </summary>
public static class ExportCommand
{
    private static readonly HashSet<string> ValueOptions =
        [.. FilterOptions.Names, "--view", "--out", "--chart", "--indicator", "--per", "--size", "--csv", "--lang", "--db"];

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) =>
        FilterOptions.Run(args, ValueOptions, new HashSet<string> { "--exact" }, error, arguments => Run(args, arguments, output, error, clock));

    private static int Run(string[] words, CliArguments arguments, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (arguments.Positional.Count != 1)
        {
            throw new UsageException("export heeft één formaat nodig: png, svg, xlsx, csv of pdf.");
        }
        var format = Choice<ExportFormat>(arguments.Positional[0], "formaat", "png, svg, xlsx, csv of pdf");
        if (format == ExportFormat.Docx)
        {
            throw new UsageException("formaat: 'docx' is het rapport voor een fonds; dat maakt de opdracht rapport. Kies bij export png, svg, xlsx, csv of pdf.");
        }
        var view = Choice<ExportView>(arguments.Option("--view") ?? throw new UsageException("export heeft --view nodig: overzicht, praktijk, vergelijken of sector."),
            "--view", "overzicht, praktijk, vergelijken of sector");
        var file = arguments.Option("--out") ?? throw new UsageException("export heeft --out <bestand> nodig.");
        var chart = arguments.Option("--chart");
        if (chart is not null && !ExportViews.Charts[view].Contains(chart))
        {
            throw new UsageException($"--chart: '{chart}' is geen grafiek van {Name(view)}. Kies uit: {string.Join(", ", ExportViews.Charts[view])}.");
        }
        var indicator = arguments.Option("--indicator") is { } code
            ? IndicatorCatalogue.Parse(code) ?? throw new UsageException($"--indicator: '{code}' is geen indicator. Kies uit: {string.Join(", ", IndicatorCatalogue.All.Select(i => i.Code))}.")
            : (IndicatorCode?)null;
        if (indicator is not null && view == ExportView.Praktijk)
        {
            throw new UsageException("--indicator hoort bij overzicht (de lijn per maand), vergelijken en sector; praktijk toont alle indicatoren.");
        }
        var normalisation = arguments.Option("--per") is { } per
            ? NormalisationKeys.Parse(per) is { } parsed && parsed != Normalisation.None
                ? parsed
                : throw new UsageException($"--per moet deelnemer, uren of m2 zijn, niet '{per}'.")
            : Normalisation.None;
        var size = arguments.Option("--size") is { } sizeName
            ? format == ExportFormat.Png
                ? ChartSize.All.FirstOrDefault(s => s.Name == sizeName || (sizeName == "screen" && s == ChartSize.Screen))
                  ?? throw new UsageException($"--size moet screen, 2x of print zijn, niet '{sizeName}'.")
                : throw new UsageException("--size hoort alleen bij png; svg schaalt zelf, Excel en pdf hebben hun eigen maat.")
            : ChartSize.Screen;
        var dialect = arguments.Option("--csv") is { } csv
            ? format == ExportFormat.Csv
                ? csv switch
                {
                    "nl" => CsvDialect.DutchExcel,
                    "en" => CsvDialect.International,
                    _ => throw new UsageException($"--csv moet nl of en zijn, niet '{csv}'."),
                }
                : throw new UsageException("--csv hoort alleen bij csv.")
            : CsvDialect.DutchExcel;
        var language = arguments.Option("--lang") ?? "nl";
        var culture = Language.Parse(language) ?? throw new UsageException($"--lang moet nl of en zijn, niet '{language}'.");
        var period = FilterOptions.Period(arguments);
        if (!FolderExists(file, error))
        {
            return 1;
        }

        using var core = CommandLine.Core(arguments, clock);
        var exactly = arguments.Flag("--exact");
        var order = new ExportOrder(view, FilterOptions.Named(arguments, period), FilterOptions.Today(clock))
        {
            Chart = chart,
            Indicator = indicator,
            Normalisation = normalisation,
            Culture = culture,
            Exact = exactly,
        };
        ExportFile export;
        try
        {
            export = core.GetRequiredService<ExportService>().Export(Actor.CommandLine, "export " + string.Join(' ', words), format, order, size, dialect);
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
        Write(file, export.Bytes);
        output.WriteLine($"{Path.GetFullPath(file)} geschreven ({export.Bytes.Length} bytes, {(exactly ? "exacte cijfers" : "kleine aantallen afgeschermd")}).");
        return 0;
    }

    /// <summary>
    /// Whether the folder <paramref name="file"/> goes in exists; if not, says so: nothing is written. An empty name or the
    /// name of a folder is wrong usage.
    /// </summary>
    internal static bool FolderExists(string file, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new UsageException("--out heeft de naam van een bestand nodig.");
        }
        if (Directory.Exists(file) || file.EndsWith(Path.DirectorySeparatorChar) || file.EndsWith(Path.AltDirectorySeparatorChar))
        {
            throw new UsageException($"--out {file} is een map; geef de naam van het bestand, bijvoorbeeld {Path.Combine(file, "rapport.pdf")}.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"De map {folder} bestaat niet; er is niets geschreven.");
            return false;
        }
        return true;
    }

    /// <summary>Next to the target first, then moved over it: a scheduled report never leaves a half-written file.</summary>
    internal static void Write(string file, byte[] bytes)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, $".{Path.GetFileName(file)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static T Choice<T>(string text, string what, string allowed) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _)
            ? value
            : throw new UsageException($"{what}: '{text}' kan niet; kies {allowed}.");

    private static string Name(ExportView view) => view.ToString().ToLowerInvariant();
}
