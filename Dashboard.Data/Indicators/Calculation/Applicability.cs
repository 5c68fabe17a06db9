using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Indicators.Calculation;

/// <summary>Which figures have a value at all for a filter and breakdown; the others are "n.v.t." (SPEC §3, §3.4).</summary>
public static class Applicability
{
    /// <summary>The figures about ended trajectories: the only ones under an outcome breakdown.</summary>
    private static readonly HashSet<IndicatorCode> AboutEndedTrajectories =
    [
        IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P4R, IndicatorCode.P6R, IndicatorCode.P7R,
        IndicatorCode.P10, IndicatorCode.P11,
    ];

    public static IReadOnlySet<IndicatorCode> Of(IndicatorFilter filter, Dimension? breakdown) =>
        IndicatorCatalogue.All.Select(i => i.Code).Where(code => Applies(code, filter, breakdown)).ToHashSet();

    public static bool Applies(IndicatorCode code, IndicatorFilter filter, Dimension? breakdown)
    {
        if (breakdown == Dimension.Outcome)
        {
            return AboutEndedTrajectories.Contains(code);
        }
        if (breakdown == Dimension.CertificateKind)
        {
            return code == IndicatorCode.P9;
        }
        // Sales carry no participant attributes.
        var aboutSales = !IndicatorCatalogue.Get(code).IsAboutPeople;
        return !(aboutSales && (filter.HasParticipantFilter || breakdown?.IsParticipantAttribute() == true));
    }
}
