using Dashboard.Data.Domain;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// What a value map may hold (docs/maatschappelijke-waarde.md#waardekaart), with the reason for a refusal in Dutch and
/// English per field (ValueMapRules.resx and ValueMapRules.en.resx). Only outcomes get a price: outputs and money already
/// counted, and rates and means, are refused with the reason.
/// </summary>
public static class ValueMapRules
{
    private static readonly FieldRules Rules = new("Dashboard.Data.Figures.SocialValue.ValueMapRules");

    /// <summary>The figures that count an outcome, in the order the map's form offers them.</summary>
    public static IReadOnlyList<IndicatorCode> Outcomes { get; } =
        [IndicatorCode.P4, IndicatorCode.P5, IndicatorCode.P9, IndicatorCode.P8, IndicatorCode.M2, IndicatorCode.M3];

    public const int MaxRows = 100;

    /// <summary>
    /// Distinct lists of practice kinds the rows may name: the figures gather a group's facts once more for each
    /// (docs/maatschappelijke-waarde.md#berekening), so a map of many kind lists would make every figure and export heavier.
    /// </summary>
    public const int MaxKindSets = 8;
    public const int MaxCodeLength = 40;
    public const int MaxOutcomeLength = 200;
    public const int MaxStakeholderLength = 100;
    public const int MaxSourceLength = 500;
    public const decimal MaxProxy = 1_000_000m;
    public const int MaxDurationYears = 10;
    public const decimal MaxDiscountRatePct = 20m;

    /// <summary>The fields, named as the CSV's columns (docs/maatschappelijke-waarde.md#waardekaart).</summary>
    public const string Code = "code", Outcome = "uitkomst", Stakeholder = "belanghebbende", Indicator = "indicator", Proxy = "proxy_eur",
        ProxySource = "proxy_bron", Deadweight = "deadweight_pct", Displacement = "verplaatsing_pct", Attribution = "toerekening_pct",
        DropOff = "afname_pct", Duration = "duur_jaren", Kinds = "soorten", DiscountRate = "disconteringsvoet", DiscountRateSource = "disconteringsvoet_bron";

    /// <summary>The name of a row's field in <see cref="FieldProblem.Field"/>: "rows[2].proxy_eur" for the third row.</summary>
    public static string Field(int row, string property) => $"rows[{row}].{property}";

    /// <summary>Every problem with the map: each row's fields, codes unique (in any case), the discount rate 0–20 % with a source.</summary>
    public static IReadOnlyList<FieldProblem> Check(ValueMap map)
    {
        var problems = new List<FieldProblem>();
        if (TooManyRows(map.Rows.Count) is { } tooMany)
        {
            problems.Add(tooMany);
        }
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var kindSets = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < map.Rows.Count; i++)
        {
            var row = map.Rows[i];
            problems.AddRange(Check(row).Select(p => p with { Field = Field(i, p.Field) }));
            if (!string.IsNullOrWhiteSpace(row.Code) && !seen.TryAdd(row.Code.Trim(), i + 1))
            {
                problems.Add(DuplicateCode(row.Code.Trim(), seen[row.Code.Trim()]) with { Field = Field(i, Code) });
            }
            if (row.Kinds.Count > 0 && kindSets.Add(KindSet(row.Kinds)) && kindSets.Count > MaxKindSets)
            {
                problems.Add(TooManyKindSets() with { Field = Field(i, Kinds) });
            }
        }
        if (map.DiscountRatePct is < 0 or > MaxDiscountRatePct)
        {
            problems.Add(Problem(DiscountRate, "DiscountRate", MaxDiscountRatePct, map.DiscountRatePct));
        }
        problems.AddRange(Text(DiscountRateSource, map.DiscountRateSource, MaxSourceLength, "Source"));
        return problems;
    }

    /// <summary>Every problem with one row; the fields are named by their column alone.</summary>
    public static IReadOnlyList<FieldProblem> Check(ValueMapRow row)
    {
        var problems = new List<FieldProblem>();
        problems.AddRange(Text(Code, row.Code, MaxCodeLength, "Code"));
        if (!string.IsNullOrWhiteSpace(row.Code) && row.Code.Trim().Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            problems.Add(Problem(Code, "Code.Characters", row.Code.Trim()));
        }
        problems.AddRange(Text(Outcome, row.Outcome, MaxOutcomeLength, "Outcome"));
        problems.AddRange(Text(Stakeholder, row.Stakeholder, MaxStakeholderLength, "Stakeholder"));
        if (IndicatorRefusal(row.Indicator) is { } refusal)
        {
            problems.Add(refusal);
        }
        if (row.ProxyEur == 0 || Math.Abs(row.ProxyEur) > MaxProxy)
        {
            problems.Add(Problem(Proxy, "Proxy", MaxProxy, row.ProxyEur));
        }
        problems.AddRange(Text(ProxySource, row.ProxySource, MaxSourceLength, "Source"));
        foreach (var (field, value) in new[]
                 {
                     (Deadweight, row.DeadweightPct), (Displacement, row.DisplacementPct), (Attribution, row.AttributionPct),
                     (DropOff, row.DropOffPct),
                 })
        {
            if (value is < 0 or > 100)
            {
                problems.Add(Problem(field, "Percentage", value));
            }
        }
        if (row.DurationYears is < 1 or > MaxDurationYears)
        {
            problems.Add(Problem(Duration, "Duration", MaxDurationYears, row.DurationYears));
        }
        foreach (var kind in row.Kinds.Where(k => !Codes.PracticeKinds.Codes.Contains(k, StringComparer.Ordinal)))
        {
            problems.Add(Problem(Kinds, "Kind.Unknown", kind, Codes.PracticeKinds.Nearest(kind)));
        }
        foreach (var kind in row.Kinds.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(Problem(Kinds, "Kind.Duplicate", kind.Key));
        }
        return problems;
    }

    /// <summary>More rows than a map may have, or null.</summary>
    public static FieldProblem? TooManyRows(int rows) => rows > MaxRows ? Problem("rows", "Rows.TooMany", MaxRows, rows) : null;

    /// <summary>The kinds of a row as one key, in any order: rows with the same key share the figures' extra pass over their practices.</summary>
    public static string KindSet(IReadOnlyList<string> kinds) => string.Join('|', kinds.Order(StringComparer.Ordinal));

    /// <summary>A row that names a list of kinds beyond the <see cref="MaxKindSets"/> the other rows named.</summary>
    public static FieldProblem TooManyKindSets() => Problem(Kinds, "Kinds.TooManySets", MaxKindSets);

    /// <summary>A code used before, in row <paramref name="firstRow"/> (of the form, or of the file).</summary>
    public static FieldProblem DuplicateCode(string code, int firstRow) => Problem(Code, "Code.Duplicate", code, firstRow);

    /// <summary>A row whose proxy source is still the example's: the map cannot be confirmed before it is filled in.</summary>
    public static FieldProblem ExampleSource(int row, string code) => Problem(Field(row, ProxySource), "Source.Example", code);

    /// <summary>A fraction in a spreadsheet cell where a percentage belongs: most likely a cell formatted as a percentage.</summary>
    public static FieldProblem FractionInSpreadsheet(string field, decimal value) =>
        Problem(field, "Percentage.Fraction", value, value * 100);

    /// <summary>A text that names no indicator at all.</summary>
    public static FieldProblem UnknownIndicator(string text) => Problem(Indicator, "Indicator.Unknown", text, string.Join(", ", Outcomes));

    /// <summary>Why an indicator cannot price an outcome, or null when it can.</summary>
    public static FieldProblem? IndicatorRefusal(IndicatorCode code)
    {
        if (Outcomes.Contains(code))
        {
            return null;
        }
        var kind = IndicatorCatalogue.Get(code).Kind;
        var key = code is IndicatorCode.P1 or IndicatorCode.P2 or IndicatorCode.P3 or IndicatorCode.M1 or IndicatorCode.E1 ? "Indicator.Output"
            : kind is IndicatorKind.Rate or IndicatorKind.Mean or IndicatorKind.SalesRatio ? "Indicator.RateOrMean"
            : "Indicator.NotAnOutcome";
        return Problem(Indicator, key, code, string.Join(", ", Outcomes));
    }

    private static IEnumerable<FieldProblem> Text(string field, string? text, int maxLength, string name) =>
        Rules.RequiredText(field, text, maxLength, name);

    private static FieldProblem Problem(string field, string key, params object?[] arguments) => Rules.Problem(field, key, arguments);
}
