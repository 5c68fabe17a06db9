using System.Text;
using Dashboard.Data.Exports;

namespace Dashboard.Data.Imports.Reports;

/// <summary>The report, in its culture, as a ';' CSV for Dutch Excel (UTF-8 with BOM): one line per problem, to work through while fixing the file.</summary>
public static class ValidationReportCsv
{
    public static byte[] Write(ValidationReport report)
    {
        const char delimiter = ';';
        var text = new StringBuilder();
        text.Append(ImportTexts.Get("Report.CsvHeader", report.Culture)).Append("\r\n");
        foreach (var problem in report.Problems)
        {
            text.Append(problem.Row > 0 ? problem.Row.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty).Append(delimiter)
                .Append(CsvCell.Text(problem.Column, delimiter)).Append(delimiter)
                .Append(CsvCell.Text(problem.Value, delimiter)).Append(delimiter)
                .Append(CsvCell.Text(problem.Message, delimiter)).Append(delimiter)
                .Append(CsvCell.Text(problem.Suggestion, delimiter)).Append("\r\n");
        }
        foreach (var (column, kind, count) in report.Remaining)
        {
            text.Append(delimiter).Append(CsvCell.Text(column, delimiter)).Append(delimiter).Append(delimiter)
                .Append(CsvCell.Text(ImportTexts.Format("Report.CsvMoreOfKind", report.Culture, count, ImportProblem.KindText(kind, report.Culture)), delimiter)).Append(delimiter).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
