using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dashboard.Data.Domain;

/// <summary>
/// Characters that no name, code or description people type has a use for, and that break what shows it: control
/// characters (C0, DEL and C1: XML cannot hold most of them, so an SVG or workbook with one is no file), the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069: they reorder the text after them, so it reads other than it
/// is), U+FFFD (what a reader leaves for a byte it could not decode: the file was read in another character set) and the
/// noncharacters U+FFFE and U+FFFF. Imports and forms refuse them (<see cref="Problem"/>); what was stored before is
/// drawn without them (<see cref="Drawable"/>). A text of more than one line may hold line breaks.
/// </summary>
public static class TextCharacters
{
    /// <summary>TextCharacters.resx (Dutch) and TextCharacters.en.resx: what a refusal says.</summary>
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Domain.TextCharacters");

    private static readonly SearchValues<char> Refused = SearchValues.Create(All(multiLine: false));

    private static readonly SearchValues<char> RefusedInLines = SearchValues.Create(All(multiLine: true));

    /// <summary>Why the text cannot be stored, in <paramref name="culture"/> (Dutch when none is given), naming its first refused character; null when it holds none.</summary>
    public static string? Problem(string text, CultureInfo? culture = null, bool multiLine = false)
    {
        culture ??= Language.Dutch;
        var at = text.AsSpan().IndexOfAny(multiLine ? RefusedInLines : Refused);
        if (at < 0)
        {
            return null;
        }
        return Texts.Format("Character.NotAllowed", culture, Code(text[at]), Texts.Get(Kind(text[at], multiLine)!, culture));
    }

    /// <summary>What to do about the refused character <see cref="Problem(string, CultureInfo, bool)"/> names, in <paramref name="culture"/>.</summary>
    public static string Remedy(string text, CultureInfo culture) =>
        Texts.Get(text.Contains('\uFFFD') ? "Character.Remedy.Encoding" : "Character.Remedy.Remove", culture);

    /// <summary>The text with every refused character shown as its code ("Venlo[U+0007]"), to quote it in a message.</summary>
    public static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAny(Refused))
        {
            return text;
        }
        var visible = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            visible.Append(Refused.Contains(c) ? $"[{Code(c)}]" : c.ToString());
        }
        return visible.ToString();
    }

    /// <summary>
    /// The text as it can be drawn and written into XML: line breaks and tabs become spaces, the other refused characters
    /// and unpaired surrogates are left out; U+FFFD stays, since it draws as itself. The same string when nothing changes.
    /// </summary>
    public static string Drawable(string text)
    {
        if (!text.AsSpan().ContainsAny(Refused) && !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return text;
        }
        var drawable = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                drawable.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085')
            {
                drawable.Append(' ');
            }
            else if (c == '\uFFFD' || !(char.IsSurrogate(c) || Refused.Contains(c)))
            {
                drawable.Append(c);
            }
        }
        return drawable.ToString();
    }

    /// <summary>The key of the sort of a refused character; null for a character that may be stored.</summary>
    private static string? Kind(char c, bool multiLine) => c switch
    {
        '\n' or '\r' when multiLine => null,
        < ' ' or (>= '\u007F' and <= '\u009F') => "Character.Control",
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "Character.Direction",
        '\uFFFD' => "Character.Replacement",
        '\uFFFE' or '\uFFFF' => "Character.Noncharacter",
        _ => null,
    };

    /// <summary>Every refused character, for a search that looks at many at once.</summary>
    private static string All(bool multiLine) =>
        string.Concat(Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(i => (char)i).Where(c => Kind(c, multiLine) is not null));

    private static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}
