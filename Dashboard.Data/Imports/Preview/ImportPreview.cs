using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports.Preview;

/// <summary>Reads a file's first rows through the importer's own parsers, to show what it will understand.</summary>
public static class ImportPreview
{
    /// <summary>
    /// The preview of <paramref name="path"/> as <paramref name="kind"/>, or as the kind its headers fit when null.
    /// Throws <see cref="ImportRefusedException"/> when the file is neither CSV nor xlsx, or its first rows are beyond
    /// the <paramref name="limits"/> the import reads it within. Its texts are in <paramref name="culture"/> (Dutch when not given).
    /// </summary>
    public static FilePreview Read(string path, ImportLimits limits, ImportKind? kind = null, int rows = 10, CultureInfo? culture = null)
    {
        culture ??= Dutch.Culture;
        var file = FileInspector.Inspect(path);
        using var source = IRowSource.Open(file, limits);
        var readAs = source is CsvRowSource csv
            ? ImportTexts.Format("Preview.Csv", culture, file.Encoding!.CodePage == 1252 ? "Windows-1252" : "UTF-8",
                ImportTexts.Get(csv.Delimiter == ';' ? "Preview.DecimalComma" : "Preview.DecimalPoint", culture))
            : ImportTexts.Get("Preview.Workbook", culture);
        var guessed = ImportLayouts.Guess(source.Headers);
        if ((kind ?? guessed) is not { } chosen)
        {
            return new FilePreview(file.Format, readAs, source.Headers, guessed, null, [], []);
        }
        var scratch = new ValidationReport(10_000, culture);
        var columns = ImportLayouts.Columns(chosen);
        HeaderMap headers;
        try
        {
            headers = HeaderMap.Match(source.Headers, columns, scratch);
        }
        catch (ImportRefusedException)
        {
            return new FilePreview(file.Format, readAs, source.Headers, guessed, chosen, [], []);
        }
        var present = columns.Where(headers.Has).ToList();
        var reader = new RowReader(source, headers, scratch);
        var preview = new List<PreviewRow>();
        while (preview.Count < rows && source.Read())
        {
            reader.BeginRow(source.Headers.Count);
            preview.Add(new PreviewRow(reader.Row, present.Select(column =>
            {
                var before = scratch.ProblemCount;
                var understood = Understand(reader, column, culture);
                var raw = source[headers.IndexOf(column)].Text;
                return new PreviewCell(column.Name, raw, understood,
                    scratch.ProblemCount > before ? Message(scratch.Problems[^1], culture) : null);
            }).ToList()));
        }
        return new FilePreview(file.Format, readAs, source.Headers, guessed, chosen, present, preview);
    }

    private static string? Understand(RowReader row, ImportColumn column, CultureInfo culture) => column.Value switch
    {
        ColumnValue.Date => row.Date(column)?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        ColumnValue.Number => row.Number(column)?.ToString("#,##0.##########", culture),
        ColumnValue.WholeNumber => row.WholeNumber(column)?.ToString("N0", culture),
        ColumnValue.Code => row.Code(column),
        ColumnValue.Identifier => row.Identifier(column),
        _ => row.Text(column),
    };

    private static string Message(ImportProblem problem, CultureInfo culture) =>
        problem.Suggestion is null ? problem.Message : ImportTexts.Format("Problem.WithSuggestion", culture, problem.Message, problem.Suggestion);
}
