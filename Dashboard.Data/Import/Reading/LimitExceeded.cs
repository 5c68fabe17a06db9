using Dashboard.Data.Domain;

namespace Dashboard.Data.Import.Reading;

/// <summary>The refusals of a file beyond one of the <see cref="ImportLimits"/>, each naming the limit and its setting.</summary>
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
        "Dit is geen gewoon Excel-bestand: sla het in Excel opnieuw op als 'Excel-werkmap (.xlsx)'.");

    public static ImportRefusedException SharedStrings(ImportLimits limits) => new(
        $"De teksten van de werkmap (gedeelde teksten) nemen meer dan {Dutch.Number(limits.MaxSharedStringsMegabytes)} MB geheugen; de grens is " +
        $"{Dutch.Number(limits.MaxSharedStringsMegabytes)} MB ({Setting(nameof(limits.MaxSharedStringsMegabytes))}). Splits het bestand.");

    /// <summary>A tag or text longer than any cell can be: the XML reader would have to hold it whole.</summary>
    public static ImportRefusedException Stretch(ImportLimits limits, long bytes) => new(
        $"Het werkblad bevat meer dan {Dutch.Number(bytes / 1024)} kB aaneen zonder celgrens: langer dan een cel kan zijn " +
        $"(hoogstens {Dutch.Number(limits.MaxFieldCharacters)} tekens, {Setting(nameof(limits.MaxFieldCharacters))}). Dit is geen gewoon Excel-bestand.");

    private static string Setting(string name) => "instelling " + ImportLimits.Setting(name);

    private static string Excerpt(string text) => Dutch.Shortened(text, 20);
}
