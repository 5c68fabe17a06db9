using PdfSharp.Drawing;

namespace Dashboard.Data.Exports.Reports;

/// <summary>A kind of running text in the report: its font, colour and line height (the leading).</summary>
internal sealed record ReportPdfText(XFont Font, XBrush Brush, double Leading)
{
    /// <summary>Where the baseline sits below a line's top: the glyphs centred in the leading.</summary>
    public double Baseline => Leading / 2 + Font.Size * 0.33;
}
