using System.Globalization;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Indicators.Explaining;

/// <summary>
/// The source line under every chart and export (SPEC §4): "Bron: &lt;organisatie of 'alle organisaties'&gt; ·
/// ImpactDashboard · gegevens t/m dd-mm-jjjj · geëxporteerd dd-mm-jjjj".
/// </summary>
public static class SourceLine
{
    public static string For(IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices, DateOnly? lastDataDay, DateOnly today, bool english = false)
    {
        var inScope = practices.Where(p =>
                (filter.Organisations.Count == 0 || filter.Organisations.Contains(p.OrganisationId))
                && (filter.Stores.Count == 0 || filter.Stores.Contains(p.StoreId))
                && (filter.Practices.Count == 0 || filter.Practices.Contains(p.Id)))
            .Select(p => p.OrganisationName).Distinct().Order(StringComparer.Ordinal).ToList();
        var narrowed = filter.Organisations.Count > 0 || filter.Stores.Count > 0 || filter.Practices.Count > 0;
        var source = narrowed && inScope.Count > 0 ? string.Join(", ", inScope) : english ? "all organisations" : "alle organisaties";
        var data = lastDataDay is { } day ? Show(day) : "—";
        return english
            ? $"Source: {source} · ImpactDashboard · data up to {data} · exported {Show(today)}"
            : $"Bron: {source} · ImpactDashboard · gegevens t/m {data} · geëxporteerd {Show(today)}";
    }

    private static string Show(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
