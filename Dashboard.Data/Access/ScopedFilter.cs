using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Access;

/// <summary>
/// A filter as a viewer may use it (SPEC §5): whatever it names must lie in the viewer's scope — else "geen
/// toegang", never an empty chart — and a filter that names no organisation is narrowed to the scope.
/// </summary>
public static class ScopedFilter
{
    public const string NoAccess = "Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.";

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
            // Against the visible practices only, so a refusal suggests no name from outside the scope.
            filter = FilterResolver.Resolve(named, period, viewer.Visible(practices));
        }
        catch (UnknownFilterValueException) when (Resolves(named, period, practices))
        {
            throw new AccessDeniedException(NoAccess);
        }
        return filter.Organisations.Count > 0 ? filter : filter with { Organisations = viewer.Scope.Organisations };
    }

    private static bool Resolves(NamedFilter named, Period period, IReadOnlyList<PracticeInfo> practices)
    {
        try
        {
            FilterResolver.Resolve(named, period, practices);
            return true;
        }
        catch (UnknownFilterValueException)
        {
            return false;
        }
    }
}
