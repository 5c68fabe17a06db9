namespace Dashboard.Data.Import.Validation;

/// <summary>
/// One thing wrong with an import file, in Dutch: where (row as the user's spreadsheet shows it, header =
/// row 1; 0 for the file as a whole), which column, the value, what is wrong, and what would fix it.
/// <see cref="Kind"/> groups problems of the same sort for the summary after the first hundred.
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string? Value, string Kind, string Message, string? Suggestion = null)
{
    /// <summary>The kind of problem a replace solves: a sales file overlaps stored sales (SPEC §2.4).</summary>
    public const string OverlapsStoredSales = "overlapt opgeslagen verkopen";

    /// <summary>The same sales file was imported before (and not undone): nothing to correct, nothing to do.</summary>
    public const string AlreadyImported = "al geïmporteerd";

    /// <summary>The database could not be written (a full disk, a read-only file): nothing is wrong with the file itself.</summary>
    public const string StorageFailed = "opslag mislukt";

    /// <summary>A row of an organisation outside the importing user's scope (SPEC §5); the message never names it.</summary>
    public const string OutsideScope = "geen rechten";

    public override string ToString()
    {
        var place = (Row, Column) switch
        {
            (> 0, not null) => $"rij {Row}, kolom {Column}: ",
            (> 0, null) => $"rij {Row}: ",
            (_, not null) => $"kolom {Column}: ",
            _ => string.Empty,
        };
        return place + Message + (Suggestion is null ? string.Empty : $" ({Suggestion})");
    }
}
