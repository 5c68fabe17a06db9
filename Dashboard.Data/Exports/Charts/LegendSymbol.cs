namespace Dashboard.Data.Exports.Charts;

/// <summary>What stands before a legend entry, as on the chart card: the series' colour, the median's dashes, ⊘.</summary>
internal enum LegendSymbol
{
    Bar,
    Line,
    Median,
    Hidden,
}
