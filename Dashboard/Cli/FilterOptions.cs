using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Cli;

/// <summary>
/// The filter options the indicators and export commands share: the period (--van/--tot, within what a period may be,
/// else the running year up to the last day with data) and the entity and participant filters, named as in the files
/// (docs/weergave-en-export.md#filter).
/// </summary>
public static class FilterOptions
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>
    {
        "--van", "--tot", "--org", "--winkel", "--soort", "--praktijk", "--doelgroep", "--leeftijdsgroep", "--traject", "--regeling",
    };

    /// <summary>
    /// The English spellings these options had before they were named like the pages' URL parameters (van, tot, winkel,
    /// soort, praktijk): still understood, with a hint on standard error, so scheduled jobs keep working.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>
    {
        ["--from"] = "--van",
        ["--to"] = "--tot",
        ["--store"] = "--winkel",
        ["--kind"] = "--soort",
        ["--practice"] = "--praktijk",
    };

    public const string Usage =
        "[--van <datum> --tot <datum>] [--org <naam>]… [--winkel <codes>] [--soort <soorten>] [--praktijk <WINKEL/PRAKTIJK,…>]\n" +
        "                [--doelgroep <codes>] [--leeftijdsgroep <codes>] [--traject <codes>] [--regeling <codes>]";

    /// <summary>
    /// Runs a command with the old filter spellings understood. The hints they leave go to standard error when the
    /// command succeeds, so a refusal's standard error stays exactly as it was; a usage error shows the usage text,
    /// with the new names, instead.
    /// </summary>
    public static int Run(string[] args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags, TextWriter error, Func<CliArguments, int> command)
    {
        var arguments = CliArguments.Parse(args, valueOptions, flags, Renamed);
        var exit = command(arguments);
        if (exit == 0)
        {
            foreach (var hint in arguments.Hints)
            {
                error.WriteLine(hint);
            }
        }
        return exit;
    }

    /// <summary>The --by dimension, or null; an old spelling ("store") works and leaves a hint.</summary>
    public static Dimension? Breakdown(CliArguments arguments)
    {
        if (arguments.Option("--by") is not { } by)
        {
            return null;
        }
        var dimension = Dimensions.Parse(by) ?? throw new UsageException($"Onbekende dimensie '{by}'.");
        if (Dimensions.Renamed.ContainsKey(by.Trim()))
        {
            arguments.Hint($"--by {by.Trim()} heet nu --by {dimension.Name()}.");
        }
        return dimension;
    }

    /// <summary>Checks --van and --tot before anything is opened; throws <see cref="UsageException"/>.</summary>
    public static Period? Period(CliArguments arguments)
    {
        var (fromOption, toOption) = arguments.Spelling("--van") == "--from" || arguments.Spelling("--tot") == "--to"
            ? ("--from", "--to")
            : ("--van", "--tot");
        var (from, to) = (Date(arguments.Option("--van"), fromOption), Date(arguments.Option("--tot"), toOption));
        if (from is null != to is null)
        {
            throw new UsageException($"Geef {fromOption} en {toOption} samen, of geen van beide (dan: het lopende jaar t/m de laatste dag met gegevens).");
        }
        if (from > to)
        {
            throw new UsageException($"{toOption} ligt vóór {fromOption}.");
        }
        if (from is not { } f || to is not { } t)
        {
            return null;
        }
        return Data.Figures.Filtering.Period.Problem(f, t) is { } problem ? throw new UsageException(problem) : new Period(f, t);
    }

    /// <summary>The filter the options name; throws <see cref="UnknownFilterValueException"/> for a name the data does not hold.</summary>
    public static IndicatorFilter Resolve(CliArguments arguments, Period? period, IndicatorService indicators, TimeProvider clock) =>
        FilterResolver.Resolve(Named(arguments), period ?? indicators.DefaultPeriod(Today(clock)), indicators.Snapshot.Practices);

    /// <summary>The filter options by name, as a download link carries them.</summary>
    public static NamedFilter Named(CliArguments arguments, Period? period = null) => new()
    {
        Period = period,
        Organisations = arguments.Options("--org"),
        Stores = List(arguments, "--winkel"),
        PracticeKinds = List(arguments, "--soort"),
        Practices = List(arguments, "--praktijk"),
        TargetGroups = List(arguments, "--doelgroep"),
        AgeGroups = List(arguments, "--leeftijdsgroep"),
        TrajectoryTypes = List(arguments, "--traject"),
        Schemes = List(arguments, "--regeling"),
    };

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static IReadOnlyList<string> List(CliArguments arguments, string option) =>
        arguments.Options(option).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static DateOnly? Date(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        return DateText.TryParse(new Cell(text), out var date, out var problem)
            ? date
            : throw new UsageException($"{option}: {problem}");
    }
}
