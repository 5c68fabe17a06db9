namespace Dashboard.Data.Exports.Charts;

/// <summary>Every kind of text in an exported chart, all in the product font.</summary>
internal sealed class ChartTextStyles : IDisposable
{
    public TextStyle Title { get; } = new(ChartFonts.Semibold, ChartStyle.TitleSize, ChartStyle.Ink);
    public TextStyle Subtitle { get; } = new(ChartFonts.Regular, ChartStyle.SubtitleSize, ChartStyle.Muted);
    public TextStyle AxisTitle { get; } = new(ChartFonts.Regular, ChartStyle.AxisTitleSize, ChartStyle.Muted);
    public TextStyle Tick { get; } = new(ChartFonts.Regular, ChartStyle.TickSize, ChartStyle.Muted);
    public TextStyle Category { get; } = new(ChartFonts.Regular, ChartStyle.CategorySize, ChartStyle.Ink);
    public TextStyle DataLabel { get; } = new(ChartFonts.Regular, ChartStyle.DataLabelSize, ChartStyle.Ink);
    public TextStyle Legend { get; } = new(ChartFonts.Regular, ChartStyle.LegendSize, ChartStyle.Ink);
    public TextStyle Source { get; } = new(ChartFonts.Regular, ChartStyle.SourceSize, ChartStyle.Faint);
    public TextStyle Mark { get; } = new(ChartFonts.Regular, ChartStyle.DataLabelSize, ChartStyle.Ink);
    public TextStyle Message { get; } = new(ChartFonts.Regular, ChartStyle.SubtitleSize, ChartStyle.Muted);

    public void Dispose()
    {
        foreach (var style in new[] { Title, Subtitle, AxisTitle, Tick, Category, DataLabel, Legend, Source, Mark, Message })
        {
            style.Dispose();
        }
    }
}
