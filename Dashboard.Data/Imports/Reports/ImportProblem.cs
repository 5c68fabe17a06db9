using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports.Reports;

/// <summary>
/// One thing wrong with an import file, in the report's culture: where (row as the user's spreadsheet shows it, header =
/// row 1; 0 for the file as a whole), which column, the value, what is wrong, and what would fix it.
/// <see cref="Kind"/> groups problems of the same sort for the summary after the first hundred: it is the sort's Dutch
/// name, which code and tests compare, in every culture (<see cref="KindText"/> translates it).
/// </summary>
public sealed record ImportProblem(int Row, string? Column, string? Value, string Kind, string Message, string? Suggestion = null)
{
    /// <summary>The kind of problem a replace solves: a sales file overlaps stored sales (docs/importbestanden.md#verkopen).</summary>
    public const string OverlapsStoredSales = "overlapt opgeslagen verkopen";

    /// <summary>The same sales file was imported before (and not undone): nothing to correct, nothing to do.</summary>
    public const string AlreadyImported = "al geïmporteerd";

    /// <summary>The database could not be written (a full disk, a read-only file): nothing is wrong with the file itself.</summary>
    public const string StorageFailed = "opslag mislukt";

    /// <summary>A row of an organisation outside the importing user's scope (docs/privacy-en-toegang.md#rollen-en-bereik); the message never names it.</summary>
    public const string OutsideScope = "geen rechten";

    /// <summary>The problem as one line in <paramref name="culture"/>: where, what, and what would fix it.</summary>
    public string Text(CultureInfo culture)
    {
        var text = (Row, Column) switch
        {
            (> 0, not null) => ImportTexts.Format("Problem.AtRowAndColumn", culture, Row, Column, Message),
            (> 0, null) => ImportTexts.Format("Problem.AtRow", culture, Row, Message),
            (_, not null) => ImportTexts.Format("Problem.AtColumn", culture, Column, Message),
            _ => Message,
        };
        return Suggestion is null ? text : ImportTexts.Format("Problem.WithSuggestion", culture, text, Suggestion);
    }

    /// <summary>The kind as a reader of <paramref name="culture"/> reads it; a kind without a translation as it is.</summary>
    public static string KindText(string kind, CultureInfo culture) => ImportTexts.Kind(kind, culture);

    public override string ToString() => Text(Dutch.Culture);
}
