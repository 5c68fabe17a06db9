namespace Dashboard.Data.Domain;

/// <summary>
/// How a text is shortened wherever it is shown or kept — chart labels on screen and in exports, factsheet headings and
/// sentences, the filter and source lines, a value quoted in a message, a line of the audit log: cut with "…", at a word
/// break where one is near. Names are cut to
/// <see cref="NameLength"/> before anything measures or wraps them, and a line to what fits its width, so drawing
/// takes bounded time whatever was stored. Only what is drawn is shortened: tables, CSV and Excel carry the whole
/// name, so what a shortened label stands for can still be found.
/// </summary>
public static class Ellipsis
{
    public const string Mark = "…";

    /// <summary>The most characters of a store, practice or organisation name that are drawn; real names are well within it.</summary>
    public const int NameLength = 60;

    private static readonly char[] Loose = [' ', ',', ';', ':', '·', '—', '-', '.', '('];

    /// <summary>
    /// A name as it is drawn: without the characters that would break the file or reorder the text
    /// (<see cref="TextCharacters.Drawable"/>: stored before imports refused them), whole when it then has at most
    /// <see cref="NameLength"/> characters, else shortened.
    /// </summary>
    public static string Name(string name) => Shorten(TextCharacters.Drawable(name), NameLength);

    /// <summary>The text whole when it has at most <paramref name="maxLength"/> characters, else its beginning and "…" in that many.</summary>
    public static string Shorten(string text, int maxLength) =>
        text.Length <= maxLength ? text : Ending(text, AtWordBreak(text, maxLength - Mark.Length));

    /// <summary>
    /// The text whole when it is no wider than <paramref name="width"/>, else the longest beginning that fits with "…";
    /// with <paramref name="cut"/> the "…" is always added (the text goes on elsewhere). Empty when not even "…" fits.
    /// Lengths are tried by doubling and then halving, so a text is measured only about as far as it fits, however long.
    /// </summary>
    public static string Fit(string text, double width, Func<string, double> measure, bool cut = false)
    {
        if (!cut && Longest(text.Length, n => measure(text[..n]) <= width) == text.Length)
        {
            return text;
        }
        if (measure(Mark) > width)
        {
            return string.Empty;
        }
        return Ending(text, AtWordBreak(text, Longest(text.Length, n => measure(Ending(text, n)) <= width)));
    }

    /// <summary>The largest length up to <paramref name="max"/> that <paramref name="fits"/>, for lengths that fit up to a point and not beyond.</summary>
    private static int Longest(int max, Func<int, bool> fits)
    {
        var (low, high) = (0, 1);
        while (high <= max && fits(high))
        {
            (low, high) = (high, high * 2);
        }
        high = Math.Min(high, max + 1);
        while (high - low > 1)
        {
            var middle = low + (high - low) / 2;
            (low, high) = fits(middle) ? (middle, high) : (low, middle);
        }
        return low;
    }

    /// <summary>The first <paramref name="length"/> characters, or fewer to end at a space in their last third rather than inside a word.</summary>
    private static int AtWordBreak(string text, int length)
    {
        if (length == 0 || length >= text.Length || text[length] == ' ')
        {
            return length;
        }
        var space = text.LastIndexOf(' ', length - 1, length);
        return space > length * 2 / 3 ? space : length;
    }

    /// <summary>The first <paramref name="length"/> characters without loose punctuation at their end, and "…".</summary>
    private static string Ending(string text, int length)
    {
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }
        return string.Concat(text.AsSpan(0, Math.Min(length, text.Length)).TrimEnd(Loose), Mark);
    }
}
