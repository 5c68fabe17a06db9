using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Figures.Views;

/// <summary>What Vergelijken shows (docs/weergave-en-export.md#vergelijken): one indicator across the stores in scope, sorted, with the median.</summary>
public sealed record ComparisonView(StoreComparison Comparison, ChartDescription Chart, int SmallCellK)
{
    public static ComparisonView Build(IndicatorService indicators, IndicatorFilter filter, IndicatorCode code, Normalisation normalisation,
        ViewerProfile profile, CultureInfo culture, DateOnly? exportedOn)
    {
        var snapshot = indicators.Snapshot;
        var comparison = indicators.CompareStores(filter, code, null, normalisation, profile);
        var text = new ChartText(FilterText.Describe(filter, snapshot.Practices, culture),
            SourceLine.For(filter, snapshot.Practices, snapshot.LastDataDay, exportedOn, culture), culture);
        return new ComparisonView(comparison, ChartDescriptions.Stores(comparison, text), indicators.Settings.SmallCellK);
    }
}
