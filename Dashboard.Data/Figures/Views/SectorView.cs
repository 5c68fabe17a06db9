using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Sector;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// What the sector page and the block on Overzicht and Goede praktijk show for a filter (docs/sector.md#sectorvergelijking):
/// the position of the one organisation the filter is about — or of its practices of the one kind the practices in scope
/// have — in words, with the distribution of the others and what exactly was compared; or why there is none. Organisations
/// compare as wholes or by practice kind: a narrower filter (one store, one practice among several of its kind) is compared
/// by the organisation's practices of that kind, or as a whole where it holds several kinds, and says so; a filter on
/// participants is not compared. A filter of several
/// organisations (bestuur, communicatie) lists them, to take one at a time.
/// </summary>
public sealed record SectorView(
    SectorPosition? Position,
    string Sentence,
    string? Distribution,
    string? Compared,
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
            return new SectorView(null, FigureTexts.Get("Sector.ChooseOrganisation", culture), null, null, organisations);
        }
        if (filter.HasParticipantFilter)
        {
            return new SectorView(null, FigureTexts.Get("Sector.NoParticipantFilter", culture), null, null, organisations);
        }
        var kinds = inScope.Select(p => p.Kind).Distinct().ToList();
        var narrowed = filter.Stores.Count > 0 || filter.Practices.Count > 0;
        if (filter.PracticeKinds.Count > 1)
        {
            return new SectorView(null, FigureTexts.Get("Sector.ChooseKind", culture), null, null, organisations);
        }
        var (organisation, name) = organisations[0];
        // A store or practices of one kind compare by that kind; of several kinds, as the whole organisation — and say so.
        var kind = filter.PracticeKinds.Count == 1 || narrowed && kinds.Count == 1 ? kinds.Single() : null;
        var position = sectors.Position(organisation, code, filter.Period, kind, profile, exact);
        // The practice's own name only where its value is what was compared: the organisation's one practice of the kind.
        var ofKind = kind is null ? [] : practices.Where(p => p.OrganisationId == organisation && p.Kind == kind).ToList();
        var subject = ofKind.Count == 1 && inScope.Count == 1 ? inScope[0].Name : name;
        var compared = kind is null
            ? FigureTexts.Format("Sector.ComparedWhole", culture, name)
            : FigureTexts.Format("Sector.ComparedKind", culture, name, CodeLabels.Label(Codes.PracticeKinds, kind, culture));
        return new SectorView(position, SectorWords.Sentence(position, subject, culture), SectorWords.Distribution(position, culture), compared,
            organisations);
    }
}
