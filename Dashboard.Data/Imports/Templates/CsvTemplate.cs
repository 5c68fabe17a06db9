using System.Globalization;
using System.Text;

namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// A template as Dutch Excel saves "CSV UTF-8": ';' between fields, the decimal comma, dates dd-mm-jjjj, CRLF,
/// and a byte order mark — without it Excel reads UTF-8 as Windows-1252 and "é" turns into "Ã©".
/// </summary>
internal static class CsvTemplate
{
    private const char Delimiter = ';';

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static void Write(ImportKind kind, TemplateExample example, Stream output)
    {
        output.Write(Encoding.UTF8.GetPreamble());
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(Delimiter, ImportLayouts.Columns(kind).Select(c => Field(c.Name))));
        writer.WriteLine(string.Join(Delimiter, ExampleRow.For(kind, example).Select(c => Field(Text(c)))));
    }

    private static string Text(TemplateCell cell) => cell switch
    {
        { Text: { } text } => text,
        { Number: { } number } => number.ToString(NumberFormat(cell.Decimals), DecimalComma),
        { Date: { } date } => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    private static string NumberFormat(int? decimals) => decimals switch
    {
        null => "0.##########",
        0 => "0",
        _ => "0." + new string('0', decimals.Value),
    };

    /// <summary>Quoted, as Excel does, only when it holds the delimiter, a quote or a line break.</summary>
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(Delimiter, '"', '\r') >= 0 || text.Contains('\n') ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
}
