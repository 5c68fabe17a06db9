using System.Text;
using System.Xml;

namespace Dashboard.Data.Import.Reading;

/// <summary>
/// Reading a workbook's XML forward only, with a text never held longer than a cell may be. The Open XML SDK's own
/// reader is not used for this: it loads every value and text element whole as soon as it reaches it
/// (OpenXmlPartReader's leaf elements), so one enormous string would be in memory before it could be refused.
/// Names are matched without their namespace, so strict Open XML reads the same.
/// </summary>
internal static class WorkbookXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    public static XmlReader Open(Stream part) => XmlReader.Create(part, Settings);

    /// <summary>
    /// Appends the text of the element the reader is on (a &lt;v&gt; or &lt;t&gt;) to <paramref name="text"/>, read in
    /// chunks, and leaves the reader on its end. False, with the reader somewhere inside, once the text would pass
    /// <paramref name="max"/> characters.
    /// </summary>
    public static bool AppendText(XmlReader xml, StringBuilder text, char[] chunk, int max)
    {
        if (xml.IsEmptyElement)
        {
            return true;
        }
        var depth = xml.Depth;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
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
    public static bool AppendVisibleText(XmlReader xml, StringBuilder text, char[] chunk, int max)
    {
        if (xml.IsEmptyElement)
        {
            return true;
        }
        var depth = xml.Depth;
        var inRun = false;
        while (xml.Read() && xml.Depth > depth)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }
            if (xml.Depth == depth + 1)
            {
                inRun = xml.LocalName == "r";
                if (xml.LocalName == "t" && !AppendText(xml, text, chunk, max))
                {
                    return false;
                }
            }
            else if (xml.Depth == depth + 2 && inRun && xml.LocalName == "t" && !AppendText(xml, text, chunk, max))
            {
                return false;
            }
        }
        return true;
    }
}
