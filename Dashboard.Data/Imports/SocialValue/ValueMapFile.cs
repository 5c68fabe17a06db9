using System.Globalization;
using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports.SocialValue;

/// <summary>
/// The value map as a CSV file with exactly the columns of docs/maatschappelijke-waarde.md#waardekaart, read with the
/// import files' dialect rules (`;` with decimal comma or `,` with decimal point, UTF-8 or Windows-1252, also `.xlsx`) and
/// written in Dutch Excel's form. Reading is all or nothing: every problem is reported with its row and column, and a
/// file with any problem gives no rows.
/// </summary>
public static class ValueMapFile
{
    public static readonly ImportColumn Code = new(ValueMapRules.Code, "code", true, MaxLength: ValueMapRules.MaxCodeLength);
    public static readonly ImportColumn Outcome = new(ValueMapRules.Outcome, "outcome", true, MaxLength: ValueMapRules.MaxOutcomeLength);
    public static readonly ImportColumn Stakeholder = new(ValueMapRules.Stakeholder, "stakeholder", true, MaxLength: ValueMapRules.MaxStakeholderLength);
    public static readonly ImportColumn Indicator = new(ValueMapRules.Indicator, "indicator_code", true);
    public static readonly ImportColumn Proxy = new(ValueMapRules.Proxy, "proxy", true, ColumnValue.Number);
    public static readonly ImportColumn ProxySource = new(ValueMapRules.ProxySource, "proxy_source", true, MaxLength: ValueMapRules.MaxSourceLength);
    public static readonly ImportColumn Deadweight = new(ValueMapRules.Deadweight, "deadweight", true, ColumnValue.Number);
    public static readonly ImportColumn Displacement = new(ValueMapRules.Displacement, "displacement_pct", true, ColumnValue.Number);
    public static readonly ImportColumn Attribution = new(ValueMapRules.Attribution, "attribution_pct", true, ColumnValue.Number);
    public static readonly ImportColumn DropOff = new(ValueMapRules.DropOff, "drop_off_pct", true, ColumnValue.Number);
    public static readonly ImportColumn Duration = new(ValueMapRules.Duration, "duration_years", true, ColumnValue.WholeNumber);
    public static readonly ImportColumn Kinds = new(ValueMapRules.Kinds, "kinds", false, MaxLength: ImportColumn.NameLength);

    public static readonly IReadOnlyList<ImportColumn> Columns =
        [Code, Outcome, Stakeholder, Indicator, Proxy, ProxySource, Deadweight, Displacement, Attribution, DropOff, Duration, Kinds];

    /// <summary>The rows of the file in its order, or none with every problem in the report.</summary>
    public static (IReadOnlyList<ValueMapRow>? Rows, ValidationReport Report) Read(string path, CultureInfo? culture = null)
    {
        var report = new ValidationReport(ValidationReport.DefaultDetailLimit, culture);
        try
        {
            var file = FileInspector.Inspect(path);
            using var source = IRowSource.Open(file, ImportLimits.Default);
            var headers = HeaderMap.Match(source.Headers, Columns, report);
            if (report.HasProblems)
            {
                return (null, report);
            }
            var reader = new RowReader(source, headers, report);
            var rows = new List<ValueMapRow>();
            var firstRowOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var kindSets = new HashSet<string>(StringComparer.Ordinal);
            var read = 0;
            while (source.Read())
            {
                // A map has at most MaxRows rows: a file with more is refused at the first one over, not after reading it all.
                if (++read > ValueMapRules.MaxRows)
                {
                    report.Add(new ImportProblem(0, null, null, "te veel regels", ValueMapRules.TooManyRows(read)!.Message(report.Culture)));
                    return (null, report);
                }
                if (!reader.BeginRow(source.Headers.Count) || Row(reader, report) is not { } row)
                {
                    continue;
                }
                if (firstRowOf.TryGetValue(row.Code, out var first))
                {
                    reader.Problem(Code, row.Code, "dubbele code", ValueMapRules.DuplicateCode(row.Code, first).Message(report.Culture));
                    continue;
                }
                if (row.Kinds.Count > 0 && kindSets.Add(ValueMapRules.KindSet(row.Kinds)) && kindSets.Count > ValueMapRules.MaxKindSets)
                {
                    reader.Problem(Kinds, string.Join('|', row.Kinds), "te veel lijsten van soorten", ValueMapRules.TooManyKindSets().Message(report.Culture));
                    continue;
                }
                firstRowOf[row.Code] = reader.Row;
                rows.Add(row);
            }
            if (rows.Count == 0 && !report.HasProblems)
            {
                report.Add(new ImportProblem(0, null, null, "geen rijen", ImportTexts.Get("Row.NoRows", report.Culture)));
            }
            return report.HasProblems ? (null, report) : (rows, report);
        }
        catch (ImportRefusedException refused)
        {
            report.Add(new ImportProblem(0, null, null, refused.Kind, refused.MessageIn(report.Culture)));
            return (null, report);
        }
    }

    /// <summary>
    /// A percentage 0–100. A spreadsheet cell with a percent format holds the fraction (25 % is 0.25), which this reader
    /// cannot tell from 0.25 %: such a cell is refused with what to write instead.
    /// </summary>
    private static decimal? Percentage(RowReader reader, ValidationReport report, ImportColumn column)
    {
        var value = reader.Number(column);
        if (value is > 0m and < 1m && reader.IsNumberCell(column))
        {
            reader.Problem(column, value.Value.ToString(CultureInfo.InvariantCulture), "ongeldig",
                ValueMapRules.FractionInSpreadsheet(column.Name, value.Value).Message(report.Culture));
            return null;
        }
        return value;
    }

    /// <summary>A text as written, without the apostrophe an export puts before = + - @ so that a spreadsheet does not read a formula.</summary>
    private static string? Unescaped(string? text) =>
        text is ['\'', '=' or '+' or '-' or '@', ..] ? text[1..] : text;

    private static ValueMapRow? Row(RowReader reader, ValidationReport report)
    {
        var code = Unescaped(reader.Text(Code));
        var outcome = Unescaped(reader.Text(Outcome));
        var stakeholder = Unescaped(reader.Text(Stakeholder));
        var indicatorText = reader.Text(Indicator);
        var proxy = reader.Number(Proxy);
        var source = Unescaped(reader.Text(ProxySource));
        var deadweight = Percentage(reader, report, Deadweight);
        var displacement = Percentage(reader, report, Displacement);
        var attribution = Percentage(reader, report, Attribution);
        var dropOff = Percentage(reader, report, DropOff);
        var duration = reader.WholeNumber(Duration);
        var kindsText = reader.Text(Kinds);
        IndicatorCode? indicator = null;
        if (indicatorText is not null)
        {
            // One code by its name, never Enum.TryParse: that reads "P2,P3" as the two combined, and "7" as a number.
            if (Enum.GetValues<IndicatorCode>().FirstOrDefault(c => string.Equals(c.ToString(), indicatorText, StringComparison.OrdinalIgnoreCase)) is var parsed
                && string.Equals(parsed.ToString(), indicatorText, StringComparison.OrdinalIgnoreCase))
            {
                indicator = parsed;
            }
            else
            {
                reader.Problem(Indicator, indicatorText, "onbekende indicator", ValueMapRules.UnknownIndicator(indicatorText).Message(report.Culture));
            }
        }
        var kinds = new List<string>();
        foreach (var kind in (kindsText ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds.Add(Codes.PracticeKinds.Match(kind) ?? kind);
        }
        // Every rule over what could be read, so that one pass reports all of a row's problems: a field that could not be
        // read stands in with a valid value and has its problem already.
        var unread = new HashSet<string>(StringComparer.Ordinal);
        T Read<T>(ImportColumn column, T? value, T standIn) where T : struct
        {
            if (value is null)
            {
                unread.Add(column.Name);
            }
            return value ?? standIn;
        }
        string ReadText(ImportColumn column, string? value)
        {
            if (value is null)
            {
                unread.Add(column.Name);
            }
            return value ?? "-";
        }
        var row = new ValueMapRow(ReadText(Code, code), ReadText(Outcome, outcome), ReadText(Stakeholder, stakeholder),
            Read(Indicator, indicator, IndicatorCode.P4), Read(Proxy, proxy, 1m), ReadText(ProxySource, source), Read(Deadweight, deadweight, 0m),
            Read(Displacement, displacement, 0m), Read(Attribution, attribution, 0m), Read(DropOff, dropOff, 0m),
            (int)Math.Clamp(Read(Duration, duration, 1L), int.MinValue, int.MaxValue), kinds);
        foreach (var problem in ValueMapRules.Check(row).Where(p => !unread.Contains(p.Field)))
        {
            reader.Problem(Columns.Single(c => c.Name == problem.Field), null, "ongeldig", problem.Message(report.Culture));
        }
        return reader.HasProblems ? null : row;
    }

    /// <summary>The map's rows as a CSV file in Dutch Excel's form (UTF-8 with BOM, `;`, decimal comma), which <see cref="Read"/> reads back.</summary>
    public static byte[] Write(ValueMap map)
    {
        const char delimiter = ';';
        var text = new StringBuilder();
        text.AppendJoin(delimiter, Columns.Select(c => c.Name)).Append("\r\n");
        foreach (var row in map.Rows)
        {
            string[] cells =
            [
                CsvCell.Text(row.Code, delimiter), CsvCell.Text(row.Outcome, delimiter), CsvCell.Text(row.Stakeholder, delimiter),
                row.Indicator.ToString(), Number(row.ProxyEur), CsvCell.Text(row.ProxySource, delimiter), Number(row.DeadweightPct),
                Number(row.DisplacementPct), Number(row.AttributionPct), Number(row.DropOffPct),
                row.DurationYears.ToString(CultureInfo.InvariantCulture), CsvCell.Text(string.Join('|', row.Kinds), delimiter),
            ];
            text.AppendJoin(delimiter, cells).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Exact (every decimal a decimal holds), with a decimal comma and no thousands separator.</summary>
    private static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');
}
