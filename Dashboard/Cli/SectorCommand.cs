using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Cli;

/// <summary>
/// `sector`: one organisation's figure among the other organisations that take part (docs/sector.md#sectorvergelijking), as
/// a header and one CSV row — indicator;organisaties;p25;mediaan;p75;eigen_waarde;kwart;status. Values at full precision
/// like `indicators`; the others as a protected viewer sees them unless --exact (the operator's check, same thresholds).
/// Exits 1 with the reason when there is nothing to compare.
/// </summary>
public static class SectorCommand
{
    private static readonly HashSet<string> ValueOptions = ["--indicator", "--org", "--van", "--tot", "--soort", "--csv", "--db"];

    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider clock) =>
        FilterOptions.Run(args, ValueOptions, new HashSet<string> { "--exact" }, error, arguments => Run(arguments, output, error, clock));

    private static int Run(CliArguments arguments, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException($"Onverwacht argument '{arguments.Positional[0]}'.");
        }
        var codeText = arguments.Option("--indicator") ?? throw new UsageException("sector heeft --indicator <code> nodig.");
        var code = IndicatorCatalogue.Parse(codeText) ?? throw new UsageException($"--indicator: '{codeText}' is geen indicator.");
        if (!SectorComparisons.Offered.Contains(IndicatorCatalogue.Get(code)))
        {
            throw new UsageException($"{code} doet niet mee in de sectorvergelijking: maatschappelijk rendement van verschillende organisaties is niet vergelijkbaar.");
        }
        if (arguments.Options("--org").Count != 1)
        {
            throw new UsageException("sector heeft precies één --org <naam> nodig.");
        }
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
        if (filter.PracticeKinds.Count > 1)
        {
            throw new UsageException("sector vergelijkt één soort praktijk tegelijk: geef hoogstens één --soort.");
        }
        var exact = arguments.Flag("--exact");
        var position = new SectorComparisons(service).Position(filter.Organisations.Single(), code, filter.Period, filter.PracticeKinds.SingleOrDefault(),
            exact ? ViewerProfile.Exact : ViewerProfile.Protected, exact);
        if (position.Status != SectorStatus.Shown)
        {
            error.WriteLine(SectorWords.Sentence(position, position.OrganisationName, Language.Dutch));
            return 1;
        }
        var delimiter = IndicatorsCommand.Delimiter(culture);
        string Number(decimal? value) => value is { } v ? IndicatorsCommand.Number(v, culture) : string.Empty;
        output.WriteLine(string.Join(delimiter, "indicator", "organisaties", "p25", "mediaan", "p75", "eigen_waarde", "kwart", "status"));
        output.WriteLine(string.Join(delimiter, code.ToString(), position.Others.ToString(CultureInfo.InvariantCulture), Number(position.P25),
            Number(position.Median), Number(position.P75), Number(position.Own.HasValue ? position.Own.Value : null),
            position.Quarter?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, IndicatorsCommand.Status(position.Own.Status)));
        return 0;
    }
}
