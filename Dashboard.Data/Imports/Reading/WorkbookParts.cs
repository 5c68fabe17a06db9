using System.IO.Compression;
using System.Xml;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// The two parts of an .xlsx package the importer reads — its first sheet and the table of texts the sheet's cells
/// point into — found through the package's relationships as Excel writes them (ECMA-376 part 2). Only the three small
/// files that lead there are read, each through the file's <see cref="UnpackedPart.Budget"/>; nothing else in the
/// zip (pictures, styles, other sheets) is opened.
/// </summary>
internal sealed record WorkbookParts(ZipArchiveEntry Sheet, string SheetName, ZipArchiveEntry? SharedStrings)
{
    public static WorkbookParts Find(ZipArchive zip, UnpackedPart.Budget budget)
    {
        var workbookPath = Relationships(zip, "_rels/.rels", "", budget)
            .Where(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Select(r => r.Target).FirstOrDefault();
        if (workbookPath is null || Entry(zip, workbookPath) is not { } workbook)
        {
            throw new ImportRefusedException(new ImportText("Workbook.NotAWorkbook"));
        }
        var (name, id) = FirstSheet(workbook, budget) ?? throw new ImportRefusedException(new ImportText("Workbook.NoSheet"));
        var folder = workbookPath[..(workbookPath.LastIndexOf('/') + 1)];
        Relationship? sheet = null, sharedStrings = null;
        foreach (var related in Relationships(zip, $"{folder}_rels/{workbookPath[folder.Length..]}.rels", folder, budget))
        {
            if (related.Id == id)
            {
                sheet ??= related;
            }
            else if (related.Type.EndsWith("/sharedStrings", StringComparison.Ordinal))
            {
                sharedStrings ??= related;
            }
            if (sheet is not null && sharedStrings is not null)
            {
                break;
            }
        }
        if (sheet is not { } found || !found.Type.EndsWith("/worksheet", StringComparison.Ordinal) || Entry(zip, found.Target) is not { } sheetEntry)
        {
            throw new ImportRefusedException(new ImportText("Workbook.NotACellSheet", name));
        }
        return new WorkbookParts(sheetEntry, name, sharedStrings is { } strings ? Entry(zip, strings.Target) : null);
    }

    private readonly record struct Relationship(string Id, string Type, string Target);

    /// <summary>
    /// The relationships in a .rels part one by one, their targets resolved against <paramref name="folder"/>; none when
    /// it is absent. None is kept: a crafted part may list millions.
    /// </summary>
    private static IEnumerable<Relationship> Relationships(ZipArchive zip, string path, string folder, UnpackedPart.Budget budget)
    {
        if (Entry(zip, path) is not { } entry)
        {
            yield break;
        }
        using var xml = new WorkbookXml(entry, Part(entry), budget);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("TargetMode") is null or "Internal"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Type") is { } type && xml.GetAttribute("Target") is { } target)
            {
                yield return new Relationship(id, type, Resolve(folder, target));
            }
        }
    }

    /// <summary>The name and relationship id of the workbook's first sheet, in tab order.</summary>
    private static (string Name, string Id)? FirstSheet(ZipArchiveEntry workbook, UnpackedPart.Budget budget)
    {
        using var xml = new WorkbookXml(workbook, Part(workbook), budget);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.Depth == 2)
            {
                // The id's namespace is transitional or strict Open XML: take the attribute by its local name.
                return xml.PrefixedAttribute("id") is { } id ? (xml.GetAttribute("name") ?? "", id) : null;
            }
        }
        return null;
    }

    /// <summary>How a refusal names a part that leads to the sheet: "Het onderdeel xl/workbook.xml van de werkmap".</summary>
    private static ImportText Part(ZipArchiveEntry entry) => new("Workbook.Part", Ellipsis.Shorten(entry.FullName, 60));

    /// <summary>"worksheets/sheet1.xml" from folder "xl/" → "xl/worksheets/sheet1.xml"; "/xl/…" is from the root; "../" goes up.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target.StartsWith('/') ? target[1..] : folder + target);
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>The zip entry of a part; part names are case-insensitive (ECMA-376 part 2).</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string path) =>
        zip.GetEntry(path) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));
}
