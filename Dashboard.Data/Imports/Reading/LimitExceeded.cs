using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// The refusals of a file beyond one of the <see cref="ImportLimits"/>, each naming the limit and its setting, and of a
/// workbook built as no spreadsheet program writes one, naming what is wrong.
/// </summary>
internal static class LimitExceeded
{
    public static ImportRefusedException Rows(ImportLimits limits) => new(
        new ImportText("Limit.Rows", limits.MaxRows, Setting(nameof(limits.MaxRows))));

    public static ImportRefusedException Column(ImportLimits limits, string cell) => new(
        new ImportText("Limit.Column", Excerpt(cell), ColumnLetters.Name(limits.MaxColumns - 1), limits.MaxColumns, Setting(nameof(limits.MaxColumns))));

    public static ImportRefusedException Fields(ImportLimits limits, int row) => new(
        new ImportText("Limit.Fields", row, limits.MaxColumns, Setting(nameof(limits.MaxColumns))));

    public static ImportRefusedException Cells(ImportLimits limits, int row) => new(
        new ImportText("Limit.Cells", row, limits.MaxCellsPerRow, Setting(nameof(limits.MaxCellsPerRow))));

    /// <summary>A cell or field with more text than the limit; <paramref name="where"/> names it ("Cel B7").</summary>
    public static ImportRefusedException CellText(ImportLimits limits, ImportText where) => new(
        new ImportText("Limit.CellText", where, limits.MaxFieldCharacters, Setting(nameof(limits.MaxFieldCharacters))));

    public static ImportRefusedException Unpacked(ImportLimits limits) => new(
        new ImportText("Limit.Unpacked", limits.MaxUncompressedMegabytes, Setting(nameof(limits.MaxUncompressedMegabytes))));

    public static ImportRefusedException Parts(long parts) => new(
        new ImportText("Limit.Parts", parts, ImportLimits.WorkbookParts, NoWorkbook));

    public static ImportRefusedException Directory() => new(
        new ImportText("Limit.Directory", ImportLimits.WorkbookDirectoryMegabytes, NoWorkbook));

    /// <summary>Elements within one another deeper than any workbook has them: the XML reader would hold every level.</summary>
    public static ImportRefusedException Nesting(ImportText part) => new(
        new ImportText("Limit.Nesting", part, ImportLimits.WorkbookNesting, NoWorkbook));

    /// <summary>More distinct names than any workbook part uses: the XML reader keeps each one.</summary>
    public static ImportRefusedException Names(ImportText part) => new(
        new ImportText("Limit.Names", part, ImportLimits.WorkbookNames, ImportLimits.WorkbookNameCharacters, NoWorkbook));

    /// <summary>XML that Excel never writes (a CDATA section, a comment, a DTD, a processing instruction), which the XML reader would hold whole.</summary>
    public static ImportRefusedException Markup(ImportText part, string what) => new(
        new ImportText("Limit.Markup", part, new ImportText(what), NoWorkbook));

    public static ImportRefusedException NotUtf8(ImportText part) => new(
        new ImportText("Limit.NotUtf8", part, NoWorkbook));

    public static ImportRefusedException SharedStrings(ImportLimits limits) => new(
        new ImportText("Limit.SharedStrings", limits.MaxSharedStringsMegabytes, Setting(nameof(limits.MaxSharedStringsMegabytes))));

    /// <summary>A tag or text longer than any cell can be: the XML reader would have to hold it whole.</summary>
    public static ImportRefusedException Stretch(ImportText part, ImportLimits limits, long bytes) => new(
        new ImportText("Limit.Stretch", part, bytes / 1024, limits.MaxFieldCharacters, Setting(nameof(limits.MaxFieldCharacters))));

    private static readonly ImportText NoWorkbook = new("Limit.NoWorkbook");

    private static ImportText Setting(string name) => new("Limit.Setting", ImportLimits.Setting(name));

    private static string Excerpt(string text) => Ellipsis.Shorten(text, 20);
}
