using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.Settings;

/// <summary>
/// What the administrator may set (docs/indicatoren.md#milieu and docs/indicatoren.md#afscherming), with the reason for a refusal in Dutch and English per
/// field (SettingsRules.resx and SettingsRules.en.resx). The limits are wide enough for any real category and tight enough to catch a typing error:
/// a CO2 factor of 1000 or an average item of 25 tonnes is a slip, not a choice.
/// </summary>
public static class SettingsRules
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Figures.Settings.SettingsRules");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public const decimal MaxCo2Factor = 100m;
    public const decimal MaxAverageWeightKg = 1000m;
    public const int MaxSourceLength = 500;
    public const int MinSmallCellK = 2;
    public const int MaxSmallCellK = 20;
    public const decimal MinFteHours = 1m;
    public const decimal MaxFteHours = 60m;
    public const int MaxSectorMinOthers = 50;

    public const string Co2Factor = "co2_factor";
    public const string Co2Source = "co2_source";
    public const string AverageWeight = "avg_weight_kg";
    public const string WeightSource = "weight_source";
    public const string SmallCellK = "small_cell_k";
    public const string FteHours = "fte_hours";
    public const string SectorMinOthers = "sector_min_others";

    /// <summary>The name of a category's field in <see cref="FieldProblem.Field"/>: "meubels.co2_factor".</summary>
    public static string Field(string category, string property) => $"{category}.{property}";

    /// <summary>
    /// Every problem with the categories: known and each named once; for goods a CO2 factor from 0 to 100, an
    /// average weight above 0 up to 1000 kg and both sources filled in and at most 500 characters; food and
    /// drink (horeca) fixed at 0, since no goods are reused there.
    /// </summary>
    public static IReadOnlyList<FieldProblem> Check(IReadOnlyCollection<CategorySetting> categories)
    {
        var problems = new List<FieldProblem>();
        foreach (var duplicate in categories.GroupBy(c => c.Category).Where(g => g.Count() > 1))
        {
            problems.Add(Problem(duplicate.Key, "Category.Duplicate", duplicate.Key));
        }
        foreach (var category in categories)
        {
            problems.AddRange(Check(category));
        }
        return problems;
    }

    /// <summary>Every problem with k (a whole number from 2 to 20) and the hours of one fte (1 to 60 per week).</summary>
    /// <summary>
    /// The fewest other organisations a sector comparison needs: never below <see cref="IndicatorSettings.MinSectorOthers"/>,
    /// with fewer the quartiles and one's own value give the others away (docs/sector.md#sectorvergelijking).
    /// </summary>
    public static FieldProblem? CheckSectorMinOthers(int value) => value is < IndicatorSettings.MinSectorOthers or > MaxSectorMinOthers
        ? Problem(SectorMinOthers, "SectorMinOthers", IndicatorSettings.MinSectorOthers, MaxSectorMinOthers, value)
        : null;

    public static IReadOnlyList<FieldProblem> Check(int smallCellK, decimal fteHoursPerWeek)
    {
        var problems = new List<FieldProblem>();
        if (smallCellK is < MinSmallCellK or > MaxSmallCellK)
        {
            problems.Add(Problem(SmallCellK, "SmallCellK", MinSmallCellK, MaxSmallCellK, smallCellK));
        }
        if (fteHoursPerWeek is < MinFteHours or > MaxFteHours)
        {
            problems.Add(Problem(FteHours, "FteHours", MinFteHours, MaxFteHours, fteHoursPerWeek));
        }
        return problems;
    }

    private static IEnumerable<FieldProblem> Check(CategorySetting category)
    {
        var code = category.Category;
        if (!Codes.SalesCategories.Codes.Contains(code))
        {
            yield return Problem(code, "Category.Unknown", code, Codes.SalesCategories.Nearest(code));
            yield break;
        }
        var name = new CategoryName(code);
        if (!IndicatorSettings.IsReuse(code))
        {
            if (category.Co2Factor != 0 || category.AverageWeightKg != 0)
            {
                yield return Problem(Field(code, Co2Factor), "Category.NoReuse", name);
            }
            yield break;
        }
        if (category.Co2Factor is < 0 or > MaxCo2Factor)
        {
            yield return Problem(Field(code, Co2Factor), "Category.Co2Factor", name, MaxCo2Factor, category.Co2Factor);
        }
        if (category.AverageWeightKg is <= 0 or > MaxAverageWeightKg)
        {
            yield return Problem(Field(code, AverageWeight), "Category.AverageWeight", name, MaxAverageWeightKg, category.AverageWeightKg);
        }
        foreach (var problem in CheckSource(category.Co2Source, Field(code, Co2Source), "Category.Co2Source", name))
        {
            yield return problem;
        }
        foreach (var problem in CheckSource(category.WeightSource, Field(code, WeightSource), "Category.WeightSource", name))
        {
            yield return problem;
        }
    }

    /// <summary>The source of a figure: <paramref name="key"/>.Missing when empty, .TooLong beyond its length, or a refused character.</summary>
    private static IEnumerable<FieldProblem> CheckSource(string? source, string field, string key, CategoryName name)
    {
        var text = source?.Trim() ?? "";
        if (text.Length == 0)
        {
            yield return Problem(field, key + ".Missing", name);
        }
        else if (text.Length > MaxSourceLength)
        {
            yield return Problem(field, key + ".TooLong", name, MaxSourceLength, text.Length);
        }
        else if (FieldCharacters.Problem(field, text, multiLine: true) is { } characters)
        {
            yield return characters;
        }
    }

    private static FieldProblem Problem(string field, string key, params object?[] arguments) =>
        new(field, Text(key, Dutch.Culture, arguments), Text(key, English, arguments));

    private static string Text(string key, CultureInfo culture, object?[] arguments) =>
        Texts.Format(key, culture, [.. arguments.Select(a => a is CategoryName name ? name.In(culture) : a)]);

    /// <summary>A sales category as a message names it: its label in the message's language.</summary>
    private sealed record CategoryName(string Code)
    {
        public string In(CultureInfo culture) => CodeLabels.Label(Codes.SalesCategories, Code, culture);
    }
}
