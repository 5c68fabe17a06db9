using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports.Parsing;

/// <summary>
/// Typed access to the current row: each accessor returns the value, or null after recording a
/// problem, in the report's culture, with the row, the column and the value. A row with any problem is not written. A field longer than its
/// column allows (<see cref="ImportColumn.MaxLength"/>) is a problem too, quoted only by its start, and so is a text
/// with a character no name or code may hold (<see cref="TextCharacters"/>).
/// </summary>
public sealed class RowReader(IRowSource source, HeaderMap headers, ValidationReport report)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Enough for every spelling of every code a real file uses; it only bounds a file that makes up new ones.</summary>
    private const int CodeCacheLimit = 1_000;

    /// <summary>How much of a field that is too long the report quotes: enough to find it.</summary>
    private const int QuotedLength = 30;

    /// <summary>
    /// Codes as written in this file and the canonical code each matched: a file repeats the same few on every row, and
    /// looking one up as written skips normalising it again.
    /// </summary>
    private readonly Dictionary<(CodeList Codes, string Text), string> _codes = [];

    private int _problemsBeforeRow;

    public int Row => source.RowNumber;

    /// <summary>Whether the current row has a problem so far.</summary>
    public bool HasProblems => report.ProblemCount > _problemsBeforeRow;

    /// <summary>Starts the checks of the current row; false (with a problem) when its field count is off.</summary>
    public bool BeginRow(int headerCount)
    {
        _problemsBeforeRow = report.ProblemCount;
        if (source.FieldCount > headerCount)
        {
            var extra = Enumerable.Range(headerCount, source.FieldCount - headerCount).Any(i => !source[i].IsEmpty);
            if (extra)
            {
                report.Add(new ImportProblem(Row, null, null, "te veel velden",
                    ImportTexts.Format("Row.TooManyFields", report.Culture, source.FieldCount, headerCount),
                    ImportTexts.Get(source.Dialect == NumberDialect.DecimalPoint ? "Row.TooManyFields.DecimalPoint" : "Row.TooManyFields.Semicolon", report.Culture)));
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the column is absent or its field empty in the current row.</summary>
    public bool IsEmpty(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        return index < 0 || source[index].IsEmpty;
    }

    /// <summary>Whether the field is a spreadsheet's numeric cell rather than text.</summary>
    public bool IsNumberCell(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        return index >= 0 && source[index].IsNumber;
    }

    /// <summary>A text of <see cref="ImportTexts"/> in the report's culture, for a problem of this row.</summary>
    public string Message(string key, params object?[] arguments) => ImportTexts.Format(key, report.Culture, arguments);

    public void Problem(ImportColumn column, string? value, string kind, string message, string? suggestion = null) =>
        report.Add(new ImportProblem(Row, column.Name, value, kind, message, suggestion));

    /// <summary>The trimmed text, or null when empty (a problem when the column is required).</summary>
    public string? Text(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        var text = index < 0 ? null : source[index].Text.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (column.Required)
            {
                Problem(column, null, "verplicht veld leeg", ImportTexts.Get("Row.Required", report.Culture));
            }
            return null;
        }
        return IsTooLong(column, text) || HasRefusedCharacter(column, text) ? null : text;
    }

    /// <summary>
    /// A code as text; a spreadsheet's numeric cell becomes its plain digits ("612", not "612.0").
    /// </summary>
    public string? Identifier(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        if (index >= 0 && source[index] is { IsNumber: true } cell
            && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("0.############", CultureInfo.InvariantCulture);
        }
        return Text(column);
    }

    public decimal? Number(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        if (index < 0 || source[index].IsEmpty)
        {
            Text(column); // reports an empty required field
            return null;
        }
        if (IsTooLong(column, source[index].Text))
        {
            return null;
        }
        if (NumberText.TryParse(source[index], source.Dialect, out var value, out var problem, report.Culture))
        {
            return value;
        }
        Problem(column, source[index].Text, "ongeldig getal", problem);
        return null;
    }

    public long? WholeNumber(ImportColumn column)
    {
        var value = Number(column);
        if (value is null)
        {
            return null;
        }
        if (value != decimal.Truncate(value.Value) || value is > long.MaxValue or < long.MinValue)
        {
            Problem(column, source[headers.IndexOf(column)].Text, "geen geheel getal",
                ImportTexts.Format("Row.NotWhole", report.Culture, value.Value));
            return null;
        }
        return (long)value.Value;
    }

    public DateOnly? Date(ImportColumn column)
    {
        var index = headers.IndexOf(column);
        if (index < 0 || source[index].IsEmpty)
        {
            Text(column); // reports an empty required field
            return null;
        }
        if (IsTooLong(column, source[index].Text))
        {
            return null;
        }
        if (DateText.TryParse(source[index], out var date, out var problem, report.Culture))
        {
            return date;
        }
        Problem(column, source[index].Text, "ongeldige datum", problem);
        return null;
    }

    /// <summary>A code from the code list of <paramref name="column"/>, in its canonical form; an unknown one suggests the nearest.</summary>
    public string? Code(ImportColumn column)
    {
        var codes = column.Codes ?? throw new ArgumentException($"column {column.Name} holds no codes", nameof(column));
        var text = Text(column);
        if (text is null)
        {
            return null;
        }
        if (_codes.TryGetValue((codes, text), out var known))
        {
            return known;
        }
        if (codes.Match(text) is { } code)
        {
            if (_codes.Count < CodeCacheLimit)
            {
                _codes[(codes, text)] = code;
            }
            return code;
        }
        Problem(column, text, "onbekende code",
            ImportTexts.Format("Row.UnknownCode", report.Culture, text, codes.Name, string.Join(", ", codes.Codes)),
            ImportTexts.Format("Row.UnknownCode.Suggestion", report.Culture, codes.Nearest(text)));
        return null;
    }

    /// <summary>Whether the field, trimmed, is longer than its column allows; then it is a problem, quoted by its start only.</summary>
    private bool IsTooLong(ImportColumn column, string field)
    {
        var length = field.AsSpan().Trim().Length;
        if (length <= column.MaxLength)
        {
            return false;
        }
        Problem(column, Domain.Ellipsis.Shorten(field.Trim(), QuotedLength), "te lang",
            ImportTexts.Format("Row.TooLong", report.Culture, length, column.MaxLength),
            ImportTexts.Format("Row.TooLong.Suggestion", report.Culture, column.MaxLength));
        return true;
    }

    /// <summary>
    /// Whether the text holds a character no field of an import file may hold (<see cref="TextCharacters"/>: a control
    /// character, a line break among them, a bidirectional override, U+FFFD); then it is a problem that names the character.
    /// </summary>
    private bool HasRefusedCharacter(ImportColumn column, string text)
    {
        if (TextCharacters.Problem(text, report.Culture) is not { } problem)
        {
            return false;
        }
        Problem(column, TextCharacters.Visible(Domain.Ellipsis.Shorten(text, QuotedLength)), "ongeldig teken", problem, TextCharacters.Remedy(text, report.Culture));
        return true;
    }

    /// <summary>Formats a date as the user reads it in the report: dd-mm-jjjj.</summary>
    public static string Show(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Show(decimal number) => number.ToString(Dutch);
}
