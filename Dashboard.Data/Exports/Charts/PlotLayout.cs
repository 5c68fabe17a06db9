using Dashboard.Data.Figures.Views;
using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// Where the data area lies, its value axis and how wide (or high) its tick labels are, how the category names are
/// set, and the value-axis title in lines.
/// </summary>
internal sealed record PlotLayout(SKRect Data, ValueScale Scale, float TickDepth, CategoryLabelLayout Categories, IReadOnlyList<string> UnitLines);
