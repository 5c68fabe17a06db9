using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Sector;

/// <summary>
/// A sector position in words (docs/sector.md#sectorvergelijking), the one place the page, the block on Overzicht and Goede
/// praktijk, the exports and the factsheet take them from: "Met 31,0% (% uitstroom naar betaald werk) zit Restaurant Het
/// Vervolg in het hoogste kwart van de 14 andere organisaties met Horeca." Only what the position holds: never another
/// organisation's name or value.
/// </summary>
public static class SectorWords
{
    /// <summary>Where <paramref name="subject"/> (the organisation, or its practice) stands; or why there is no comparison.</summary>
    public static string Sentence(SectorPosition position, string subject, CultureInfo culture) => position.Status switch
    {
        SectorStatus.Shown when position.Quarter is { } quarter => FigureTexts.Format("Sector.Position", culture,
            position.Format(position.Own.Value!.Value, culture), position.Indicator.Name(culture), subject,
            FigureTexts.Get($"Sector.Quarter.{quarter}", culture), position.Others, OfKind(position, culture))
            + (position.Indicator.Direction == Direction.LowerIsBetter ? FigureTexts.Get("Sector.LowerIsBetter", culture) : ""),
        SectorStatus.Shown => FigureTexts.Format("Sector.OwnMissing", culture, subject, FigureFormat.Word(position.Own.Status, culture)),
        var status => Reason(position, status, culture),
    };

    /// <summary>"Bij de 14 andere organisaties met Horeca ligt de middelste helft tussen 18,2% en 30,4%; de mediaan is 24,1%." — only when shown.</summary>
    public static string? Distribution(SectorPosition position, CultureInfo culture) =>
        position is { Status: SectorStatus.Shown, P25: { } p25, Median: { } median, P75: { } p75 }
            ? FigureTexts.Format("Sector.Distribution", culture, position.Others, OfKind(position, culture), position.Format(p25, culture),
                position.Format(p75, culture), position.Format(median, culture))
            : null;

    private static string Reason(SectorPosition position, SectorStatus status, CultureInfo culture) => status switch
    {
        SectorStatus.TooFew => FigureTexts.Format("Sector.TooFew", culture, position.MinOthers),
        SectorStatus.NotTakingPart => FigureTexts.Format("Sector.NotTakingPart", culture, position.OrganisationName),
        SectorStatus.NoPractice => FigureTexts.Format("Sector.NoPractice", culture, position.OrganisationName),
        _ => FigureTexts.Get("Sector.NotOffered", culture),
    };

    private static string OfKind(SectorPosition position, CultureInfo culture) => position.PracticeKind is { } kind
        ? FigureTexts.Format("Sector.OfKind", culture, CodeLabels.Label(Codes.PracticeKinds, kind, culture))
        : "";
}
