using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// The funder report's type and colours in the PDF: the product font and the factsheet's indigo palette, so a report
/// and a factsheet look like one product (docs/funderrapport.md).
/// </summary>
internal static class ReportPdfStyle
{
    public const double Mm = 72 / 25.4;

    public static readonly XColor IndigoColor = XColor.FromArgb(0x3F, 0x51, 0xB5);
    public static readonly XBrush Indigo = new XSolidBrush(IndigoColor);
    public static readonly XBrush IndigoDark = new XSolidBrush(XColor.FromArgb(0x1A, 0x23, 0x7E));
    public static readonly XBrush IndigoPale = new XSolidBrush(XColor.FromArgb(0xE8, 0xEA, 0xF6));
    public static readonly XBrush IndigoLight = new XSolidBrush(XColor.FromArgb(0xC5, 0xCA, 0xE9));
    public static readonly XBrush White = new XSolidBrush(XColors.White);
    public static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x21, 0x21, 0x21));
    public static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x55, 0x5F, 0x6D));
    public static readonly XPen Rule = new(XColor.FromArgb(0xC5, 0xCA, 0xE9), 0.5);
    public static readonly XPen HeaderRule = new(IndigoColor, 0.8);

    public static XFont Font(double size, bool bold = false) =>
        new(ProductFont.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
