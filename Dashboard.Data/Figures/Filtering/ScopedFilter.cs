using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Filtering;

/// <summary>
/// A filter as a viewer may use it (docs/privacy-en-toegang.md#rollen-en-bereik): whatever it names must lie in the viewer's scope — else "geen
/// toegang", never an empty chart — and a filter that names no organisation is narrowed to the scope.
/// </summary>
public static class ScopedFilter
{
    public const string NoAccess = ActionRights.OutsideScope;

    public static IndicatorFilter Resolve(NamedFilter named, Period period, IReadOnlyList<PracticeInfo> practices, Viewer viewer)
    {
        if (viewer.Scope.AllOrganisations)
        {
            return FilterResolver.Resolve(named, period, practices);
        }
        if (viewer.Scope.Organisations.Count == 0)
        {
            throw new AccessDeniedException("Geen toegang: uw account hoort bij geen enkele organisatie. Vraag de beheerder om toegang.");
        }
        IndicatorFilter filter;
        try
        {
            // Against the visible practices only: an organisation, store or practice outside the scope and one that does
            // not exist get the same answer, built from the scope alone, so no answer tells whether another one exists.
            filter = FilterResolver.Resolve(named, period, viewer.Visible(practices));
        }
        catch (UnknownFilterValueException unknown) when (unknown.Place is { } place)
        {
            var (what, value) = place;
            var known = unknown.Known.Count == 0 ? "" : $"; binnen uw rechten: {string.Join(", ", unknown.Known)}";
            throw new AccessDeniedException($"{NoAccess} {char.ToUpperInvariant(what[0])}{what[1..]} '{value}' bestaat niet of hoort niet bij uw organisaties{known}.");
        }
        return filter.Organisations.Count > 0 ? filter : filter with { Organisations = viewer.Scope.Organisations };
    }
}
