using SkiaSharp;

namespace Dashboard.Data.Exports.Charts;

internal sealed record LegendItem(LegendSymbol Symbol, SKColor Color, string Text);
