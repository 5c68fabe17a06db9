using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// A workbook's table of texts (its shared strings), which cells point into by number. It is held in memory while the
/// sheet is read, so what it may take is bounded (<see cref="ImportLimits.MaxSharedStringsMegabytes"/>), and so is
/// each text (<see cref="ImportLimits.MaxFieldCharacters"/>).
/// </summary>
internal sealed class SharedStrings
{
    /// <summary>What a string costs besides its characters: its object header and length, and its place in the list.</summary>
    private const int Overhead = 32;

    private readonly List<string> _strings = [];

    public int Count => _strings.Count;

    public string this[int index] => _strings[index];

    public static SharedStrings Read(ZipArchiveEntry? part, UnpackedPart.Budget budget)
    {
        var table = new SharedStrings();
        if (part is null)
        {
            return table;
        }
        var limits = budget.Limits;
        var text = new StringBuilder();
        var chunk = new char[4096];
        long memory = 0;
        using var xml = new WorkbookXml(part, new ImportText("Workbook.SharedStrings"), budget);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si" || xml.Depth != 1)
            {
                continue;
            }
            text.Clear();
            if (!xml.AppendVisibleText(text, chunk, limits.MaxFieldCharacters))
            {
                throw LimitExceeded.CellText(limits, new ImportText("Workbook.SharedString", table.Count + 1));
            }
            memory += Overhead + 2L * text.Length;
            if (memory > limits.MaxSharedStringsBytes)
            {
                throw LimitExceeded.SharedStrings(limits);
            }
            table._strings.Add(text.Length == 0 ? string.Empty : text.ToString());
        }
        return table;
    }
}
