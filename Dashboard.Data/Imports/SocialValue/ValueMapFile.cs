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
            while (source.Read())
            {
                if (!reader.BeginRow(source.Headers.Count) || Row(reader, report) is not { } row)
                {
                    continue;
                }
                if (firstRowOf.TryGetValue(row.Code, out var first))
                {
                    reader.Problem(Code, row.Code, "dubbele code", ValueMapRules.DuplicateCode(row.Code, first).Message(report.Culture));
                    continue;
                }
                firstRowOf[row.Code] = reader.Row;
                rows.Add(row);
            }
            if (rows.Count == 0 && !report.HasProblems)
            {
                report.Add(new ImportProblem(0, null, null, "geen rijen", ImportTexts.Get("Row.NoRows", report.Culture)));
            }
            if (ValueMapRules.TooManyRows(rows.Count) is { } tooMany)
            {
                report.Add(new ImportProblem(0, null, null, "te veel regels", tooMany.Message(report.Culture)));
            }
            return report.HasProblems ? (null, report) : (rows, report);
        }
        catch (ImportRefusedException refused)
        {
            report.Add(new ImportProblem(0, null, null, refused.Kind, refused.MessageIn(report.Culture)));
            return (null, report);
        }
    }

    private static ValueMapRow? Row(RowReader reader, ValidationReport report)
    {
        var code = reader.Text(Code);
        var outcome = reader.Text(Outcome);
        var stakeholder = reader.Text(Stakeholder);
        var indicatorText = reader.Text(Indicator);
        var proxy = reader.Number(Proxy);
        var source = reader.Text(ProxySource);
        var deadweight = reader.Number(Deadweight);
        var displacement = reader.Number(Displacement);
        var attribution = reader.Number(Attribution);
        var dropOff = reader.Number(DropOff);
        var duration = reader.WholeNumber(Duration);
        var kindsText = reader.Text(Kinds);
        IndicatorCode? indicator = null;
        if (indicatorText is not null)
        {
            if (Enum.TryParse<IndicatorCode>(indicatorText, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(indicatorText, out _))
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

    /// <summary>Exact, with a decimal comma and no thousands separator.</summary>
    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture).Replace('.', ',');
}
