using PdfSharp.Drawing;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>A stretch of text in one font and colour, as a paragraph is made of.</summary>
internal sealed record TextRun(string Text, XFont Font, XBrush Brush);
