using SkiaSharp;

namespace Dashboard.Data.Export.Charts;

internal sealed record LegendItem(LegendSymbol Symbol, SKColor Color, string Text);
