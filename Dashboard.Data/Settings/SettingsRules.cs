using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Settings;

/// <summary>
/// What the administrator may set (SPEC §3.3–3.4), with the reason for a refusal in Dutch and English per
/// field. The limits are wide enough for any real category and tight enough to catch a typing error:
/// a CO2 factor of 1000 or an average item of 25 tonnes is a slip, not a choice.
/// </summary>
public static class SettingsRules
{
    public const decimal MaxCo2Factor = 100m;
    public const decimal MaxAverageWeightKg = 1000m;
    public const int MaxSourceLength = 500;
    public const int MinSmallCellK = 2;
    public const int MaxSmallCellK = 20;
    public const decimal MinFteHours = 1m;
    public const decimal MaxFteHours = 60m;

    public const string Co2Factor = "co2_factor";
    public const string Co2Source = "co2_source";
    public const string AverageWeight = "avg_weight_kg";
    public const string WeightSource = "weight_source";
    public const string SmallCellK = "small_cell_k";
    public const string FteHours = "fte_hours";

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
            problems.Add(new FieldProblem(duplicate.Key,
                $"De categorie '{duplicate.Key}' staat er meer dan eens in.", $"The category '{duplicate.Key}' is given more than once."));
        }
        foreach (var category in categories)
        {
            problems.AddRange(Check(category));
        }
        return problems;
    }

    /// <summary>Every problem with k (a whole number from 2 to 20) and the hours of one fte (1 to 60 per week).</summary>
    public static IReadOnlyList<FieldProblem> Check(int smallCellK, decimal fteHoursPerWeek)
    {
        var problems = new List<FieldProblem>();
        if (smallCellK is < MinSmallCellK or > MaxSmallCellK)
        {
            problems.Add(new FieldProblem(SmallCellK,
                $"De drempel k moet een geheel getal van {MinSmallCellK} tot en met {MaxSmallCellK} zijn, niet {smallCellK}.",
                $"The threshold k must be a whole number from {MinSmallCellK} to {MaxSmallCellK}, not {smallCellK}."));
        }
        if (fteHoursPerWeek is < MinFteHours or > MaxFteHours)
        {
            problems.Add(new FieldProblem(FteHours,
                $"Een fte moet tussen {Number(MinFteHours, false)} en {Number(MaxFteHours, false)} uur per week zijn, niet {Number(fteHoursPerWeek, false)}.",
                $"One FTE must be between {Number(MinFteHours, true)} and {Number(MaxFteHours, true)} hours per week, not {Number(fteHoursPerWeek, true)}."));
        }
        return problems;
    }

    private static IEnumerable<FieldProblem> Check(CategorySetting category)
    {
        var code = category.Category;
        if (!Codes.SalesCategories.Codes.Contains(code))
        {
            yield return new FieldProblem(code,
                $"Onbekende categorie '{code}'; bedoelt u '{Codes.SalesCategories.Nearest(code)}'?",
                $"Unknown category '{code}'; did you mean '{Codes.SalesCategories.Nearest(code)}'?");
            yield break;
        }
        var (nl, en) = (CodeLabels.Label(Codes.SalesCategories, code), CodeLabels.Label(Codes.SalesCategories, code, english: true));
        if (!IndicatorSettings.IsReuse(code))
        {
            if (category.Co2Factor != 0 || category.AverageWeightKg != 0)
            {
                yield return new FieldProblem(Field(code, Co2Factor),
                    $"{nl} telt niet mee voor hergebruik: CO2-factor en gewicht blijven 0.",
                    $"{en} does not count as reuse: its CO2 factor and weight stay 0.");
            }
            yield break;
        }
        if (category.Co2Factor is < 0 or > MaxCo2Factor)
        {
            yield return new FieldProblem(Field(code, Co2Factor),
                $"De CO2-factor van {nl} moet tussen 0 en {Number(MaxCo2Factor, false)} kg CO2-eq per kg liggen, niet {Number(category.Co2Factor, false)}.",
                $"The CO2 factor of {en} must be between 0 and {Number(MaxCo2Factor, true)} kg CO2-eq per kg, not {Number(category.Co2Factor, true)}.");
        }
        if (category.AverageWeightKg is <= 0 or > MaxAverageWeightKg)
        {
            yield return new FieldProblem(Field(code, AverageWeight),
                $"Het gemiddelde gewicht van {nl} moet groter zijn dan 0 en hoogstens {Number(MaxAverageWeightKg, false)} kg, niet {Number(category.AverageWeightKg, false)}.",
                $"The average weight of {en} must be more than 0 and at most {Number(MaxAverageWeightKg, true)} kg, not {Number(category.AverageWeightKg, true)}.");
        }
        foreach (var problem in CheckSource(category.Co2Source, Field(code, Co2Source), $"de CO2-factor van {nl}", $"the CO2 factor of {en}"))
        {
            yield return problem;
        }
        foreach (var problem in CheckSource(category.WeightSource, Field(code, WeightSource), $"het gewicht van {nl}", $"the weight of {en}"))
        {
            yield return problem;
        }
    }

    private static IEnumerable<FieldProblem> CheckSource(string? source, string field, string whatNl, string whatEn)
    {
        var text = source?.Trim() ?? "";
        if (text.Length == 0)
        {
            yield return new FieldProblem(field,
                $"Vermeld de bron van {whatNl}: waar komt dit getal vandaan?",
                $"State the source of {whatEn}: where does this number come from?");
        }
        else if (text.Length > MaxSourceLength)
        {
            yield return new FieldProblem(field,
                $"De bron van {whatNl} is te lang: hoogstens {MaxSourceLength} tekens, nu {text.Length}.",
                $"The source of {whatEn} is too long: at most {MaxSourceLength} characters, now {text.Length}.");
        }
        else if (FieldCharacters.Problem(field, text, multiLine: true) is { } characters)
        {
            yield return characters;
        }
    }

    private static string Number(decimal value, bool english) =>
        value.ToString("#,##0.####", CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL"));
}
