using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Sector;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// What the sector page and the block on Overzicht and Goede praktijk show for a filter (docs/sector.md#sectorvergelijking):
/// the position of the one organisation the filter is about — or of its practices of the one kind it names — in words,
/// with the distribution of the others; or why there is none. A filter of several organisations (bestuur, communicatie)
/// lists them, to take one at a time.
/// </summary>
public sealed record SectorView(
    SectorPosition? Position,
    string Sentence,
    string? Distribution,
    IReadOnlyList<(long Id, string Name)> Organisations)
{
    public static SectorView Build(SectorComparisons sectors, IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices, IndicatorCode code,
        ViewerProfile profile, CultureInfo culture, bool exact = false)
    {
        var inScope = practices.Where(filter.Includes).ToList();
        var organisations = inScope.DistinctBy(p => p.OrganisationId).OrderBy(p => p.OrganisationName, StringComparer.Ordinal)
            .Select(p => (p.OrganisationId, p.OrganisationName)).ToList();
        if (organisations.Count != 1)
        {
            return new SectorView(null, FigureTexts.Get("Sector.ChooseOrganisation", culture), null, organisations);
        }
        if (filter.PracticeKinds.Count > 1)
        {
            return new SectorView(null, FigureTexts.Get("Sector.ChooseKind", culture), null, organisations);
        }
        var position = sectors.Position(organisations[0].OrganisationId, code, filter.Period, filter.PracticeKinds.SingleOrDefault(), profile, exact);
        var subject = inScope.Count == 1 ? inScope[0].Name : organisations[0].OrganisationName;
        return new SectorView(position, SectorWords.Sentence(position, subject, culture), SectorWords.Distribution(position, culture), organisations);
    }
}
