using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Which figures have a value at all for a filter and breakdown, by what each counts (<see cref="Indicator.Subject"/>);
/// the others are "n.v.t.".
/// </summary>
public static class Applicability
{
    public static IReadOnlySet<IndicatorCode> Of(IndicatorFilter filter, Dimension? breakdown) =>
        IndicatorCatalogue.All.Where(i => Applies(i.Subject, filter, breakdown)).Select(i => i.Code).ToHashSet();

    public static bool Applies(IndicatorCode code, IndicatorFilter filter, Dimension? breakdown) =>
        Applies(IndicatorCatalogue.Get(code).Subject, filter, breakdown);

    public static bool Applies(FigureSubject subject, IndicatorFilter filter, Dimension? breakdown)
    {
        if (breakdown == Dimension.Outcome)
        {
            return subject == FigureSubject.EndedTrajectories;
        }
        if (breakdown == Dimension.CertificateKind)
        {
            return subject == FigureSubject.Certificates;
        }
        // Sales carry no participant attributes.
        return !(subject == FigureSubject.Sales && (filter.HasParticipantFilter || breakdown?.IsParticipantAttribute() == true));
    }
}
