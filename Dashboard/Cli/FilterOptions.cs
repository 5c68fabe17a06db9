using Dashboard.Data.Import.Parsing;
using Dashboard.Data.Import.Reading;
using Dashboard.Data.Indicators;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Cli;

/// <summary>
/// The filter options the indicators and export commands share: the period (--from/--to, within what a period may be,
/// else the running year up to the last day with data) and the entity and participant filters, named as in the files
/// (SPEC §4).
/// </summary>
public static class FilterOptions
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>
    {
        "--from", "--to", "--org", "--store", "--kind", "--practice", "--doelgroep", "--leeftijdsgroep", "--traject", "--regeling",
    };

    public const string Usage =
        "[--from <datum> --to <datum>] [--org <naam>]… [--store <codes>] [--kind <soorten>] [--practice <WINKEL/PRAKTIJK,…>]\n" +
        "                [--doelgroep <codes>] [--leeftijdsgroep <codes>] [--traject <codes>] [--regeling <codes>]";

    /// <summary>Checks --from and --to before anything is opened; throws <see cref="UsageException"/>.</summary>
    public static Period? Period(CliArguments arguments)
    {
        var (from, to) = (Date(arguments.Option("--from"), "--from"), Date(arguments.Option("--to"), "--to"));
        if (from is null != to is null)
        {
            throw new UsageException("Geef --from en --to samen, of geen van beide (dan: het lopende jaar t/m de laatste dag met gegevens).");
        }
        if (from > to)
        {
            throw new UsageException("--to ligt vóór --from.");
        }
        if (from is not { } f || to is not { } t)
        {
            return null;
        }
        return Data.Indicators.Filtering.Period.Problem(f, t) is { } problem ? throw new UsageException(problem) : new Period(f, t);
    }

    /// <summary>The filter the options name; throws <see cref="UnknownFilterValueException"/> for a name the data does not hold.</summary>
    public static IndicatorFilter Resolve(CliArguments arguments, Period? period, IndicatorService indicators, TimeProvider clock) =>
        FilterResolver.Resolve(new NamedFilter
        {
            Organisations = arguments.Options("--org"),
            Stores = List(arguments, "--store"),
            PracticeKinds = List(arguments, "--kind"),
            Practices = List(arguments, "--practice"),
            TargetGroups = List(arguments, "--doelgroep"),
            AgeGroups = List(arguments, "--leeftijdsgroep"),
            TrajectoryTypes = List(arguments, "--traject"),
            Schemes = List(arguments, "--regeling"),
        }, period ?? indicators.DefaultPeriod(Today(clock)), indicators.Snapshot.Practices);

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
