using Dashboard.Data.Domain;

namespace Dashboard.Data.Import.Reading;

/// <summary>
/// The refusals of a file beyond one of the <see cref="ImportLimits"/>, each naming the limit and its setting, and of a
/// workbook built as no spreadsheet program writes one, naming what is wrong.
/// </summary>
internal static class LimitExceeded
{
    public static ImportRefusedException Rows(ImportLimits limits) => new(
        $"Het bestand heeft meer dan {Dutch.Number(limits.MaxRows)} rijen onder de kopregel; de grens is {Dutch.Number(limits.MaxRows)} rijen " +
        $"({Setting(nameof(limits.MaxRows))}). Splits het bestand, bijvoorbeeld per maand.");

    public static ImportRefusedException Column(ImportLimits limits, string cell) => new(
        $"Cel {Excerpt(cell)} ligt voorbij kolom {ColumnLetters.Name(limits.MaxColumns - 1)}; de grens is {Dutch.Number(limits.MaxColumns)} kolommen " +
        $"({Setting(nameof(limits.MaxColumns))}). Haal weg wat daar staat.");

    public static ImportRefusedException Fields(ImportLimits limits, int row) => new(
        $"Rij {Dutch.Number(row)} heeft meer dan {Dutch.Number(limits.MaxColumns)} velden; de grens is {Dutch.Number(limits.MaxColumns)} kolommen " +
        $"({Setting(nameof(limits.MaxColumns))}).");

    public static ImportRefusedException Cells(ImportLimits limits, int row) => new(
        $"Rij {Dutch.Number(row)} van het werkblad heeft meer dan {Dutch.Number(limits.MaxCellsPerRow)} cellen; de grens is " +
        $"{Dutch.Number(limits.MaxCellsPerRow)} cellen per rij ({Setting(nameof(limits.MaxCellsPerRow))}).");

    public static ImportRefusedException CellText(ImportLimits limits, string where) => new(
        $"{where} heeft meer dan {Dutch.Number(limits.MaxFieldCharacters)} tekens; de grens is {Dutch.Number(limits.MaxFieldCharacters)} tekens " +
        $"per cel ({Setting(nameof(limits.MaxFieldCharacters))}).");

    public static ImportRefusedException Unpacked(ImportLimits limits) => new(
        $"De werkmap is uitgepakt groter dan {Dutch.Number(limits.MaxUncompressedMegabytes)} MB (het werkblad en zijn teksten samen); " +
        $"de grens is {Dutch.Number(limits.MaxUncompressedMegabytes)} MB ({Setting(nameof(limits.MaxUncompressedMegabytes))}). Splits het bestand.");

    public static ImportRefusedException Parts(long parts) => new(
        $"Dit bestand bevat {Dutch.Number(parts)} onderdelen; een Excel-werkmap heeft er hoogstens {Dutch.Number(ImportLimits.WorkbookParts)}. " +
        NoWorkbook);

    public static ImportRefusedException Directory() => new(
        $"De inhoudsopgave van dit zip-bestand (de lijst van zijn onderdelen) is groter dan {Dutch.Number(ImportLimits.WorkbookDirectoryMegabytes)} MB; " +
        "die van een Excel-werkmap is enkele kilobytes. " + NoWorkbook);

    /// <summary>Elements within one another deeper than any workbook has them: the XML reader would hold every level.</summary>
    public static ImportRefusedException Nesting(string part) => new(
        $"{part} heeft elementen die meer dan {Dutch.Number(ImportLimits.WorkbookNesting)} niveaus diep in elkaar liggen; " +
        "een Excel-werkmap komt niet verder dan een stuk of tien. " + NoWorkbook);

    /// <summary>More distinct names than any workbook part uses: the XML reader keeps each one.</summary>
    public static ImportRefusedException Names(string part) => new(
        $"{part} gebruikt meer dan {Dutch.Number(ImportLimits.WorkbookNames)} verschillende namen van elementen en attributen, of namen van samen " +
        $"meer dan {Dutch.Number(ImportLimits.WorkbookNameCharacters)} tekens; een Excel-werkmap gebruikt er enkele tientallen. " + NoWorkbook);

    /// <summary>XML that Excel never writes (a CDATA section, a comment, a DTD, a processing instruction), which the XML reader would hold whole.</summary>
    public static ImportRefusedException Markup(string part, string what) => new(
        $"{part} bevat {what}; dat schrijft Excel nooit in een werkmap. " + NoWorkbook);

    public static ImportRefusedException NotUtf8(string part) => new(
        $"{part} is geen UTF-8-tekst, zoals Excel een werkmap altijd schrijft. " + NoWorkbook);

    public static ImportRefusedException SharedStrings(ImportLimits limits) => new(
        $"De teksten van de werkmap (gedeelde teksten) nemen meer dan {Dutch.Number(limits.MaxSharedStringsMegabytes)} MB geheugen; de grens is " +
        $"{Dutch.Number(limits.MaxSharedStringsMegabytes)} MB ({Setting(nameof(limits.MaxSharedStringsMegabytes))}). Splits het bestand.");

    /// <summary>A tag or text longer than any cell can be: the XML reader would have to hold it whole.</summary>
    public static ImportRefusedException Stretch(string part, ImportLimits limits, long bytes) => new(
        $"{part} bevat meer dan {Dutch.Number(bytes / 1024)} kB aaneen zonder celgrens: langer dan een cel kan zijn " +
        $"(hoogstens {Dutch.Number(limits.MaxFieldCharacters)} tekens, {Setting(nameof(limits.MaxFieldCharacters))}). Dit is geen gewoon Excel-bestand.");

    private const string NoWorkbook = "Dit is geen gewoon Excel-bestand: sla het in Excel opnieuw op als 'Excel-werkmap (.xlsx)'.";

    private static string Setting(string name) => "instelling " + ImportLimits.Setting(name);

    private static string Excerpt(string text) => Ellipsis.Shorten(text, 20);
}
