using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Which figures have a value at all for a filter and breakdown, by what each counts (<see cref="Indicator.Subject"/>);
/// the others are "n.v.t." (docs/indicatoren.md#regels-voor-elk-cijfer, docs/maatschappelijke-waarde.md#berekening).
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
            return subject is FigureSubject.EndedTrajectories or FigureSubject.FollowUps;
        }
        if (breakdown == Dimension.CertificateKind)
        {
            return subject == FigureSubject.Certificates;
        }
        var aboutPeople = filter.HasParticipantFilter || breakdown?.IsParticipantAttribute() == true;
        if (breakdown?.IsValueMapPart() == true)
        {
            return subject == FigureSubject.SocialValue && !aboutPeople;
        }
        if (breakdown == Dimension.Funder)
        {
            return subject == FigureSubject.Investments && !aboutPeople;
        }
        // Sales and investments carry no participant attributes, nor does the value put on outcomes that include sales.
        return !(aboutPeople && subject is FigureSubject.Sales or FigureSubject.SocialValue or FigureSubject.Investments or FigureSubject.SocialReturn);
    }
}
