using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Cli;

/// <summary>
/// `indicators`: every figure for a filter as CSV on standard output — columns indicator, naam, groep,
/// waarde, status; indicators in catalogue order, with --by one row per indicator per group. Protected
/// unless --exact: the server's operator may ask for exact figures, no web user can.
/// </summary>
public static class IndicatorsCommand
{
    private static readonly HashSet<string> ValueOptions = [.. FilterOptions.Names, "--by", "--csv", "--db"];

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) =>
        FilterOptions.Run(args, ValueOptions, new HashSet<string> { "--exact" }, error, arguments => Run(arguments, output, error, clock));

    private static int Run(CliArguments arguments, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException($"Onverwacht argument '{arguments.Positional[0]}'.");
        }
        var dimension = FilterOptions.Breakdown(arguments);
        var csv = arguments.Option("--csv") ?? "nl";
        var culture = Language.Parse(csv) ?? throw new UsageException($"--csv moet nl of en zijn, niet '{csv}'.");
        var period = FilterOptions.Period(arguments);

        var (database, _) = CommandLine.Open(arguments);
        var service = new IndicatorService(new SnapshotCache(database), new SettingsStore(database));
        IndicatorFilter filter;
        try
        {
            filter = FilterOptions.Resolve(arguments, period, service, clock);
        }
        catch (UnknownFilterValueException unknown)
        {
            error.WriteLine(unknown.Message);
            return 1;
        }
        var profile = arguments.Flag("--exact") ? ViewerProfile.Exact : ViewerProfile.Protected;
        var table = service.Calculate(filter, dimension, profile);
        Write(table, output, culture);
        return 0;
    }

    /// <summary>In English with "," between fields and a decimal point, in Dutch with ";" and a decimal comma.</summary>
    private static void Write(IndicatorTable table, TextWriter output, CultureInfo culture)
    {
        var delimiter = Delimiter(culture);
        output.WriteLine(string.Join(delimiter, "indicator", "naam", "groep", "waarde", "status"));
        foreach (var indicator in IndicatorCatalogue.All)
        {
            var groups = table.Breakdown is null ? [table.Total] : table.Groups;
            foreach (var group in groups)
            {
                var figure = group[indicator.Code];
                output.WriteLine(string.Join(delimiter,
                    indicator.Code.ToString(),
                    Field(indicator.Name(culture), delimiter),
                    Field(table.Breakdown is null ? string.Empty : group.Key, delimiter),
                    figure.HasValue ? Number(figure.Value!.Value, culture) : string.Empty,
                    Status(figure.Status)));
            }
        }
    }

    /// <summary>The figures' CSV on standard output has "," between fields in English and ";" in Dutch, beside the decimal separator.</summary>
    public static char Delimiter(CultureInfo culture) => culture.IsEnglish() ? ',' : ';';

    /// <summary>Full precision, no thousands separator, no trailing zeros; decimal comma for nl.</summary>
    public static string Number(decimal value, CultureInfo culture)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.'))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }
        return text.Replace(".", culture.NumberFormat.NumberDecimalSeparator, StringComparison.Ordinal);
    }

    /// <summary>A figure's status as the CSV writes it: ok, verborgen, geen_gegevens or nvt.</summary>
    public static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Ok => "ok",
        FigureStatus.Hidden => "verborgen",
        FigureStatus.NoData => "geen_gegevens",
        _ => "nvt",
    };

    private static string Field(string text, char delimiter) =>
        text.IndexOfAny([delimiter, '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
