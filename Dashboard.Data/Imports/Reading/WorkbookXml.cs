using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// One workbook part's XML, read forward only. Every part the importer reads goes through this one type, so what an XML
/// reader holds is bounded in one place: the bytes come through an <see cref="UnpackedPart"/> and are read as the UTF-8
/// it checked, whatever the part declares; the names the reader keeps are bounded (<see cref="WorkbookNames"/>); and
/// every step refuses a node deeper than a workbook's elements ever lie (<see cref="ImportLimits.WorkbookNesting"/>),
/// since the reader keeps every open level. It offers no way to skip or take a subtree, which would descend unchecked,
/// and never holds a text longer than a cell may be. (The Open XML SDK's reader loads every value and text element
/// whole as soon as it reaches it.) Names are matched without their namespace, so strict Open XML reads the same.
/// </summary>
internal sealed class WorkbookXml : IDisposable
{
    private readonly ImportText _part;
    private readonly XmlReader _xml;

    /// <summary>Opens <paramref name="entry"/>; <paramref name="part"/> names it in a refusal ("Het werkblad").</summary>
    public WorkbookXml(ZipArchiveEntry entry, ImportText part, UnpackedPart.Budget budget)
    {
        _part = part;
        // UTF-8 whatever the part declares or starts with: the bytes UnpackedPart judged are the characters read.
        var text = new StreamReader(new UnpackedPart(entry.Open(), part, budget), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 14);
        try
        {
            // The reader reads its first characters at once, so a part may be refused here already.
            _xml = XmlReader.Create(text, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreWhitespace = true,
                NameTable = new WorkbookNames(part),
                CloseInput = true,
            });
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public XmlNodeType NodeType => _xml.NodeType;

    public string LocalName => _xml.LocalName;

    public int Depth => _xml.Depth;

    public bool IsEmptyElement => _xml.IsEmptyElement;

    public string? GetAttribute(string name) => _xml.GetAttribute(name);

    /// <summary>The value of the element's attribute with this local name and any prefix (a relationship id in either Open XML's namespace).</summary>
    public string? PrefixedAttribute(string localName)
    {
        string? value = null;
        while (_xml.MoveToNextAttribute())
        {
            if (_xml.LocalName == localName && _xml.Prefix.Length > 0)
            {
                value = _xml.Value;
            }
        }
        _xml.MoveToElement();
        return value;
    }

    /// <summary>Moves to the next node; refuses the part once that lies deeper than a workbook's elements ever do.</summary>
    public bool Read()
    {
        var read = _xml.Read();
        if (_xml.Depth > ImportLimits.WorkbookNesting)
        {
            throw LimitExceeded.Nesting(_part);
        }
        return read;
    }

    /// <summary>
    /// Appends the text of the element the reader is on (a &lt;v&gt; or &lt;t&gt;) to <paramref name="text"/>, read in
    /// chunks, and leaves the reader on its end. False, with the reader somewhere inside, once the text would pass
    /// <paramref name="max"/> characters.
    /// </summary>
    public bool AppendText(StringBuilder text, char[] chunk, int max)
    {
        if (IsEmptyElement)
        {
            return true;
        }
        var depth = Depth;
        while (Read() && Depth > depth)
        {
            if (NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                while ((read = _xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                {
                    if (text.Length + read > max)
                    {
                        return false;
                    }
                    text.Append(chunk, 0, read);
                }
            }
        }
        return true;
    }

    /// <summary>
    /// Appends the visible text of a string item the reader is on — an &lt;si&gt; of the shared strings or a cell's
    /// &lt;is&gt;: its own &lt;t&gt;, or the &lt;t&gt; of each rich-text run, never a phonetic hint (&lt;rPh&gt;).
    /// Leaves the reader on the item's end; false once the text would pass <paramref name="max"/> characters.
    /// </summary>
    public bool AppendVisibleText(StringBuilder text, char[] chunk, int max)
    {
        if (IsEmptyElement)
        {
            return true;
        }
        var depth = Depth;
        var inRun = false;
        while (Read() && Depth > depth)
        {
            if (NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (Depth == depth + 1)
            {
                inRun = LocalName == "r";
                if (LocalName == "t" && !AppendText(text, chunk, max))
                {
                    return false;
                }
            }
            else if (Depth == depth + 2 && inRun && LocalName == "t" && !AppendText(text, chunk, max))
            {
                return false;
            }
        }
        return true;
    }

    public void Dispose() => _xml.Dispose();
}
