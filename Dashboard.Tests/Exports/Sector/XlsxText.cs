using System.IO.Compression;
using System.Xml.Linq;

namespace Dashboard.Tests.Exports.Sector;

/// <summary>
/// Every text a workbook holds — shared strings, inline strings, cell values, sheet names, document properties — as one
/// string, one node's text per line: what anyone opening the file could read, pictures aside.
/// </summary>
public static class XlsxText
{
    public static string Of(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var texts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var document = XDocument.Load(stream);
            texts.AddRange(document.Descendants().Where(e => !e.HasElements && e.Value.Length > 0).Select(e => e.Value));
            texts.AddRange(document.Descendants().Attributes().Where(a => a.Name.LocalName is "name" or "descr" or "title").Select(a => a.Value));
        }
        return string.Join("\n", texts);
    }
}
