using PdfSharp.Drawing;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>One laid-out line: its pieces, each in one font and colour, at an offset from the line's start.</summary>
internal sealed record TextLine(IReadOnlyList<TextLine.Piece> Pieces)
{
    public double Width => Pieces.Count == 0 ? 0 : Pieces[^1].X + Pieces[^1].Width;

    public string Text => string.Join(" ", Pieces.Select(p => p.Text));

    internal sealed record Piece(string Text, XFont Font, XBrush Brush, double X, double Width);
}
