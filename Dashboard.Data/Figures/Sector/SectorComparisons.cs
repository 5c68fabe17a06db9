using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Sector;

/// <summary>
/// Places an organisation among the other organisations that take part (docs/sector.md#sectorvergelijking): every taking-part
/// organisation's figure for the same period and practice kind, made comparable, as a protected viewer sees it; those whose
/// figure is shown count; their quartiles are shown only when enough of them count. What leaves here is a
/// <see cref="SectorPosition"/>, which holds no other organisation's name or value.
/// </summary>
public sealed class SectorComparisons(IndicatorService indicators)
{
    /// <summary>The figures a sector comparison offers: all but the social value, whose ratios do not compare between organisations.</summary>
    public static IReadOnlyList<Indicator> Offered { get; } = IndicatorCatalogue.All.Where(i => i.Theme != IndicatorTheme.SocialValue).ToList();

    /// <summary>
    /// How a figure is made comparable between organisations of different size: P1 as it is, the other counts and sums about
    /// people per active participant, money and environment sums per 1,000 participant hours; rates, means and ratios as they are.
    /// </summary>
    public static Normalisation NormalisationOf(Indicator indicator) => indicator switch
    {
        { Code: IndicatorCode.P1 } or { CanBeNormalised: false } => Normalisation.None,
        { Theme: IndicatorTheme.People } => Normalisation.PerParticipant,
        _ => Normalisation.PerThousandParticipantHours,
    };

    /// <summary>
    /// Where <paramref name="organisationId"/>'s figure stands among the others for <paramref name="period"/> and, when given, its
    /// practices of <paramref name="kind"/>. The others are always as a protected viewer sees them, and the percentiles rounded
    /// to the figure's display precision; the organisation's own value as <paramref name="ownProfile"/> sees it. With
    /// <paramref name="exact"/> (the command line's --exact, for the operator) every value is exact, with the same organisations counting.
    /// </summary>
    public SectorPosition Position(long organisationId, IndicatorCode code, Period period, string? kind, ViewerProfile ownProfile, bool exact = false)
    {
        var snapshot = indicators.Snapshot;
        var indicator = IndicatorCatalogue.Get(code);
        var normalisation = NormalisationOf(indicator);
        var own = snapshot.Practices.Where(p => p.OrganisationId == organisationId).ToList();
        var name = own.FirstOrDefault()?.OrganisationName ?? "";
        SectorPosition Without(SectorStatus status, Figure? figure = null) => new(code, organisationId, name, kind, period, status, 0, null, null, null,
            figure ?? new Figure(code, FigureStatus.NotApplicable, null, null), normalisation != Normalisation.None);

        if (indicator.Theme == IndicatorTheme.SocialValue)
        {
            return Without(SectorStatus.NotOffered);
        }
        if (!own.Any(p => p.TakesPart))
        {
            return Without(SectorStatus.NotTakingPart);
        }
        var filter = new IndicatorFilter(period)
        {
            Organisations = snapshot.Practices.Where(p => p.TakesPart).Select(p => p.OrganisationId).ToHashSet(),
            PracticeKinds = kind is null ? new HashSet<string>() : new HashSet<string> { kind },
        };
        if (!own.Any(filter.Includes))
        {
            return Without(SectorStatus.NoPractice);
        }

        var shown = indicators.Calculate(filter, Dimension.Organisation, ViewerProfile.Protected);
        var exactTable = exact ? indicators.Calculate(filter, Dimension.Organisation, ViewerProfile.Exact) : null;
        var ownFigures = indicators.Calculate(filter with { Organisations = new HashSet<long> { organisationId } }, null,
            exact ? ViewerProfile.Exact : ownProfile).Total;
        return Place(Without(SectorStatus.Shown), shown, exactTable, ownFigures);
    }

    /// <summary>
    /// The position of <paramref name="blank"/>'s organisation from a breakdown by organisation as a protected viewer sees it,
    /// the same breakdown exact (for --exact) or none, and the organisation's own figures as its viewer sees them.
    /// </summary>
    internal static SectorPosition Place(SectorPosition blank, IndicatorTable shown, IndicatorTable? exact, IndicatorGroup own)
    {
        var code = blank.Code;
        var indicator = IndicatorCatalogue.Get(code);
        var normalisation = NormalisationOf(indicator);
        // Organisation groups are keyed by name, which is unique.
        var exactGroups = exact?.Groups.ToDictionary(g => g.Key);
        var others = new List<decimal>();
        foreach (var group in shown.Groups.Where(g => g.Key != blank.OrganisationName))
        {
            // An organisation counts only when its own figure is shown to a protected viewer.
            var figure = StoreComparison.Normalise(group, code, normalisation, null);
            if (figure.HasValue)
            {
                others.Add(exactGroups is null ? figure.Value!.Value : StoreComparison.Normalise(exactGroups[group.Key], code, normalisation, null).Value!.Value);
            }
        }
        var ownFigure = StoreComparison.Normalise(own, code, normalisation, null);
        if (others.Count < shown.Settings.SectorMinOthers)
        {
            return blank with { Status = SectorStatus.TooFew, Own = ownFigure, MinOthers = shown.Settings.SectorMinOthers };
        }
        decimal Quartile(decimal p)
        {
            var value = SectorStatistics.Percentile(others, p);
            return exact is not null ? value : SectorStatistics.Rounded(value, indicator, normalisation != Normalisation.None);
        }
        return blank with { Others = others.Count, P25 = Quartile(0.25m), Median = Quartile(0.5m), P75 = Quartile(0.75m), Own = ownFigure };
    }
}
