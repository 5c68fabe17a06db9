using Dashboard.Data.Domain;
using PdfSharp.Drawing;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Breaks runs of text into lines of a given width at spaces (a word wider than the line is cut), and shortens
/// what does not fit into the lines allowed with an ellipsis (<see cref="Ellipsis"/>) — so no text on the page runs
/// off it or over another. Lines are made only as far as they are kept, so a long text costs no more than its lines.
/// </summary>
internal sealed class TextLayout(XGraphics graphics)
{
    private readonly Dictionary<XFont, double> _spaces = [];

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : graphics.MeasureString(text, font).Width;

    public IReadOnlyList<TextLine> Wrap(string text, XFont font, XBrush brush, double width, int maxLines = int.MaxValue) =>
        Wrap([new TextRun(text, font, brush)], width, maxLines);

    public IReadOnlyList<TextLine> Wrap(IReadOnlyList<TextRun> runs, double width, int maxLines = int.MaxValue)
    {
        var lines = new List<TextLine>();
        var line = new List<TextLine.Piece>();
        foreach (var (part, run, spaceBefore) in Parts(runs, width))
        {
            var end = line.Count == 0 ? 0 : line[^1].X + line[^1].Width;
            var space = line.Count > 0 && spaceBefore ? Space(run.Font) : 0;
            var wordWidth = Measure(part, run.Font);
            if (line.Count > 0 && end + space + wordWidth > width)
            {
                lines.Add(new TextLine(line));
                if (lines.Count == maxLines)
                {
                    return Shorten(lines, width);
                }
                line = [];
                (end, space) = (0, 0);
            }
            if (line.Count > 0 && line[^1].Font == run.Font && line[^1].Brush == run.Brush)
            {
                var merged = line[^1].Text + (space > 0 ? " " : "") + part;
                line[^1] = line[^1] with { Text = merged, Width = Measure(merged, run.Font) };
            }
            else
            {
                line.Add(new TextLine.Piece(part, run.Font, run.Brush, end + space, wordWidth));
            }
        }
        if (line.Count > 0)
        {
            lines.Add(new TextLine(line));
        }
        return lines;
    }

    /// <summary>Ends the last line with an ellipsis, shortening it (and dropping its last pieces) until it fits.</summary>
    public IReadOnlyList<TextLine> Shorten(IReadOnlyList<TextLine> lines, double width)
    {
        if (lines.Count == 0)
        {
            return lines;
        }
        var pieces = lines[^1].Pieces.ToList();
        while (pieces.Count > 0)
        {
            var last = pieces[^1];
            var shortened = Ellipsis.Fit(last.Text, width - last.X, text => Measure(text, last.Font), cut: true);
            if (shortened.Length > 0)
            {
                pieces[^1] = last with { Text = shortened, Width = Measure(shortened, last.Font) };
                return [.. lines.Take(lines.Count - 1), new TextLine(pieces)];
            }
            pieces.RemoveAt(pieces.Count - 1);
        }
        return [.. lines.Take(lines.Count - 1), new TextLine([])];
    }

    public static void Draw(XGraphics graphics, IReadOnlyList<TextLine> lines, double x, double firstBaseline, double leading)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var piece in lines[i].Pieces)
            {
                graphics.DrawString(piece.Text, piece.Font, piece.Brush, x + piece.X, firstBaseline + i * leading, XStringFormats.BaseLineLeft);
            }
        }
    }

    private double Space(XFont font)
    {
        if (!_spaces.TryGetValue(font, out var width))
        {
            width = Measure("x x", font) - Measure("xx", font);
            _spaces[font] = width;
        }
        return width;
    }

    /// <summary>Each word of the runs as it fits the line, with whether a space stood before it, one at a time.</summary>
    private IEnumerable<(string Part, TextRun Run, bool SpaceBefore)> Parts(IReadOnlyList<TextRun> runs, double width)
    {
        var spaceBefore = false;
        foreach (var run in runs)
        {
            // A multi-line text (an impact goal) flows on across its line breaks; control characters stored before forms
            // refused them are left out.
            var text = TextCharacters.Drawable(run.Text);
            var words = text.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                spaceBefore |= i > 0;
                if (words[i].Length == 0)
                {
                    continue;
                }
                foreach (var part in Cut(words[i], run.Font, width))
                {
                    yield return (part, run, spaceBefore);
                    spaceBefore = true;
                }
                spaceBefore = false;
            }
            spaceBefore = text.EndsWith(' ');
        }
    }

    /// <summary>A word as it fits the line: whole, or cut into pieces of the line's width when it is wider.</summary>
    private IEnumerable<string> Cut(string word, XFont font, double width)
    {
        if (Measure(word, font) <= width)
        {
            yield return word;
            yield break;
        }
        var start = 0;
        while (start < word.Length)
        {
            var length = Fitting(word, start, font, width);
            yield return word.Substring(start, length);
            start += length;
        }
    }

    /// <summary>How many characters from <paramref name="start"/> fit the width (at least one): by doubling, then halving.</summary>
    private int Fitting(string word, int start, XFont font, double width)
    {
        var rest = word.Length - start;
        bool Fits(int length) => Measure(word.Substring(start, length), font) <= width;
        var (fits, over) = (1, 2);
        while (over <= rest && Fits(over))
        {
            (fits, over) = (over, over * 2);
        }
        over = Math.Min(over, rest + 1);
        while (over - fits > 1)
        {
            var middle = (fits + over) / 2;
            (fits, over) = Fits(middle) ? (middle, over) : (fits, middle);
        }
        return fits;
    }
}
