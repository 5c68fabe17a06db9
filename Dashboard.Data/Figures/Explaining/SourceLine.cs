using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// The source line under every chart and export (docs/weergave-en-export.md#grafieken): "Bron: &lt;organisatie of 'alle organisaties'&gt; ·
/// ImpactDashboard · gegevens t/m dd-mm-jjjj · geëxporteerd dd-mm-jjjj" — on screen without the export date.
/// </summary>
public static class SourceLine
{
    public static string For(IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices, DateOnly? lastDataDay, DateOnly? exportedOn, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        var inScope = practices.Where(p =>
                (filter.Organisations.Count == 0 || filter.Organisations.Contains(p.OrganisationId))
                && (filter.Stores.Count == 0 || filter.Stores.Contains(p.StoreId))
                && (filter.Practices.Count == 0 || filter.Practices.Contains(p.Id)))
            .Select(p => p.OrganisationName).Distinct().Order(StringComparer.Ordinal).Select(Ellipsis.Name).ToList();
        var narrowed = filter.Organisations.Count > 0 || filter.Stores.Count > 0 || filter.Practices.Count > 0;
        var source = narrowed && inScope.Count > 0 ? string.Join(", ", inScope) : FigureTexts.Get("Filter.AllOrganisations", culture);
        var data = lastDataDay is { } day ? Show(day) : "—";
        var exported = exportedOn is { } day2 ? FigureTexts.Format("Source.Exported", culture, Show(day2)) : string.Empty;
        return FigureTexts.Format("Source.Line", culture, source, data, exported);
    }

    private static string Show(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
