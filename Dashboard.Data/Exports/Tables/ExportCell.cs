namespace Dashboard.Data.Exports.Tables;

/// <summary>
/// One cell: a number, or a text — a name, a code, or the words for a figure without a value ("&lt;5",
/// "afgeschermd", "geen gegevens", "n.v.t."), which stay text in every format, never a zero.
/// </summary>
public sealed record ExportCell(string? Text, decimal? Number = null)
{
    public static ExportCell Of(decimal number) => new(null, number);

    public static ExportCell Of(string? text) => new(text);
}
