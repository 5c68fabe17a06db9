using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports;

/// <summary>
/// How much one import file may hold, so that no file can take the server's memory or time: a file beyond any of these
/// is refused, with the limit and its setting named, before it is read further. The settings section is `Import`
/// (docs/importbestanden.md, "Grenzen"); the defaults are far above what a real file holds.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The configuration section the limits are read from.</summary>
    public const string Section = "Import";

    /// <summary>Excel's last column, XFD: no workbook has a cell beyond it.</summary>
    public const int ExcelColumns = 16_384;

    /// <summary>Excel's longest cell text.</summary>
    public const int ExcelCellCharacters = 32_767;

    /// <summary>
    /// The files a workbook package may hold. A workbook has a few dozen (sheets, styles, a picture or two); opening a zip
    /// costs memory for every file it lists, so this bounds it whatever the other limits say.
    /// </summary>
    public const int WorkbookParts = 10_000;

    /// <summary>
    /// What the zip's table of contents (its central directory) may take, from where it starts to the end of the file:
    /// opening a zip holds every name it lists. A workbook's takes a few kilobytes; 10,000 parts named in a hundred
    /// characters each would take one megabyte.
    /// </summary>
    public const int WorkbookDirectoryMegabytes = 4;

    /// <summary>
    /// How deep the elements of a workbook part may lie within one another. A sheet's text in a rich inline string lies
    /// 7 levels deep and nothing Excel writes much deeper; the XML reader keeps every open level in memory.
    /// </summary>
    public const int WorkbookNesting = 32;

    /// <summary>
    /// The distinct names (of elements, attributes, prefixes and namespaces) one workbook part may use, and their
    /// characters together: a part uses a few dozen, and the XML reader keeps every name it has seen.
    /// </summary>
    public const int WorkbookNames = 4_096;

    /// <summary>The characters of those names together.</summary>
    public const int WorkbookNameCharacters = 65_536;

    /// <summary>Rows under the header. A month of a whole sector's sales is one or two million.</summary>
    public int MaxRows { get; init; } = 5_000_000;

    /// <summary>The rightmost column a cell or field may be in (at most <see cref="ExcelColumns"/>); a real file has a few dozen.</summary>
    public int MaxColumns { get; init; } = 1_000;

    /// <summary>The cells one spreadsheet row may list: one per column at most in a real workbook.</summary>
    public int MaxCellsPerRow { get; init; } = ExcelColumns;

    /// <summary>The characters of one cell or CSV field.</summary>
    public int MaxFieldCharacters { get; init; } = ExcelCellCharacters;

    /// <summary>What a workbook's sheet and its table of texts may unpack to together, counted as they are unpacked.</summary>
    public int MaxUncompressedMegabytes { get; init; } = 1_000;

    /// <summary>The memory a workbook's table of texts (shared strings) may take while it is read.</summary>
    public int MaxSharedStringsMegabytes { get; init; } = 200;

    public static ImportLimits Default { get; } = new();

    public long MaxUncompressedBytes => MaxUncompressedMegabytes * 1024L * 1024;

    public long MaxSharedStringsBytes => MaxSharedStringsMegabytes * 1024L * 1024;

    /// <summary>What is wrong with these values, for the operator who set them; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(MaxRows, 1, int.MaxValue - 1, nameof(MaxRows));
        Check(MaxColumns, 1, ExcelColumns, nameof(MaxColumns));
        Check(MaxCellsPerRow, 1, int.MaxValue, nameof(MaxCellsPerRow));
        Check(MaxFieldCharacters, 1, int.MaxValue / 8, nameof(MaxFieldCharacters));
        Check(MaxUncompressedMegabytes, 1, int.MaxValue, nameof(MaxUncompressedMegabytes));
        Check(MaxSharedStringsMegabytes, 1, int.MaxValue, nameof(MaxSharedStringsMegabytes));
        return problems;

        void Check(int value, int min, int max, string name)
        {
            if (value < min || value > max)
            {
                problems.Add($"{Setting(name)} moet tussen {Dutch.Number(min)} en {Dutch.Number(max)} liggen, niet {Dutch.Number(value)}.");
            }
        }
    }

    /// <summary>"Import:MaxRows", as a refusal names the setting behind a limit.</summary>
    public static string Setting(string name) => $"{Section}:{name}";
}
