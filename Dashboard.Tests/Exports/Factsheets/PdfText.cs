using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Dashboard.Tests.Exports.Factsheets;

/// <summary>
/// The text a PDF viewer shows on a page, read back from the file itself: PDFsharp has no text extractor, so this
/// parses the page's content stream with PDFsharp's <see cref="ContentReader"/>, follows the font set by each Tf,
/// and decodes every string shown by Tj/TJ through that font's ToUnicode map — what copy-and-paste and screen
/// readers use. It checks what was really written to the page, not what the code meant to draw.
/// </summary>
public static partial class PdfText
{
    /// <summary>Each text-showing operation of the first page, decoded, in drawing order.</summary>
    public static IReadOnlyList<string> Runs(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var page = document.Pages[0];
        var fonts = page.Resources.Elements.GetDictionary("/Font")
            ?? throw new InvalidOperationException("the page has no fonts");
        var maps = fonts.Elements.Keys.ToDictionary(key => key, key => ToUnicode(fonts.Elements.GetDictionary(key)!));
        var runs = new List<string>();
        Dictionary<int, string>? current = null;
        void Walk(CSequence sequence)
        {
            foreach (var item in sequence)
            {
                switch (item)
                {
                    case COperator { OpCode.Name: "Tf" } tf when tf.Operands[0] is CName name:
                        current = maps[name.Name];
                        break;
                    case COperator { OpCode.Name: "Tj" or "'" or "\"" } show when show.Operands[^1] is CString text:
                        runs.Add(Decode(text, current));
                        break;
                    case COperator { OpCode.Name: "TJ" } array when array.Operands[0] is CArray parts:
                        runs.Add(string.Concat(parts.OfType<CString>().Select(p => Decode(p, current))));
                        break;
                    case CSequence nested:
                        Walk(nested);
                        break;
                }
            }
        }
        Walk(ContentReader.ReadContent(page));
        return runs;
    }

    /// <summary>The page's text as one string: the runs joined by single spaces, so a wrapped sentence reads whole again.</summary>
    public static string Of(byte[] pdf) => Spaces().Replace(string.Join(" ", Runs(pdf)), " ").Trim();

    /// <summary>A text with its white space folded the same way, to look it up in <see cref="Of"/>.</summary>
    public static string Folded(string text) => Spaces().Replace(text, " ").Trim();

    private static string Decode(CString text, Dictionary<int, string>? map)
    {
        if (map is null)
        {
            throw new InvalidOperationException("text shown before a font was set");
        }
        var bytes = text.Value.Select(c => (byte)c).ToArray();
        var decoded = new StringBuilder();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            var code = bytes[i] << 8 | bytes[i + 1];
            decoded.Append(map.TryGetValue(code, out var unicode) ? unicode : "\uFFFD");
        }
        return decoded.ToString();
    }

    /// <summary>The bfchar and bfrange entries of a Type0 font's ToUnicode CMap: two-byte code → text.</summary>
    private static Dictionary<int, string> ToUnicode(PdfDictionary font)
    {
        var stream = font.Elements.GetDictionary("/ToUnicode")?.Stream
            ?? throw new InvalidOperationException($"font {font.Elements.GetName("/BaseFont")} has no ToUnicode map");
        var cmap = Encoding.ASCII.GetString(stream.UnfilteredValue);
        var map = new Dictionary<int, string>();
        foreach (Match section in Section().Matches(cmap))
        {
            foreach (Match entry in Entry().Matches(section.Groups[2].Value))
            {
                var first = Hex(entry.Groups[1].Value);
                var (last, target) = section.Groups[1].Value == "bfrange"
                    ? (Hex(entry.Groups[2].Value), entry.Groups[3].Value)
                    : (first, entry.Groups[2].Value);
                for (var code = first; code <= last; code++)
                {
                    map[code] = Utf16(target, code - first);
                }
            }
        }
        return map;
    }

    /// <summary>A CMap target — UTF-16BE in hex — as text, its last code unit raised by <paramref name="offset"/> within a range.</summary>
    private static string Utf16(string hex, int offset)
    {
        var units = Enumerable.Range(0, hex.Length / 4).Select(i => (char)Hex(hex.Substring(i * 4, 4))).ToArray();
        units[^1] = (char)(units[^1] + offset);
        return new string(units);
    }

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"begin(bfrange|bfchar)(.*?)end\1", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>(?:[ \t]*<([0-9A-Fa-f]+)>)?")]
    private static partial Regex Entry();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
