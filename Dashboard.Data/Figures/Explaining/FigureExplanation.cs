using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// "Hoe berekend?" for one figure (docs/indicatoren.md#regels-voor-elk-cijfer): its definition, the filter in words, the settings it used
/// and the number of source rows behind it.
/// </summary>
public sealed record FigureExplanation(string Definition, string Filter, IReadOnlyList<string> Settings, long? SourceRows)
{
    public static FigureExplanation For(Figure figure, IndicatorTable table, IReadOnlyList<PracticeInfo> practices, CultureInfo? culture = null) =>
        For(figure, table, FilterText.Describe(table.Filter, practices, culture), culture ?? Language.Dutch);

    /// <summary>The same with the table's filter already in words (<see cref="FilterText.Describe"/>), for a card of several figures.</summary>
    public static FigureExplanation For(Figure figure, IndicatorTable table, string filterWords, CultureInfo culture)
    {
        var indicator = figure.Indicator;
        return new FigureExplanation(indicator.Definition(culture), filterWords, SettingsUsed(indicator, table.Settings, table.Profile, culture),
            figure.SourceRows);
    }

    private static IReadOnlyList<string> SettingsUsed(Indicator indicator, IndicatorSettings settings, ViewerProfile profile, CultureInfo culture)
    {
        var lines = new List<string>();
        if (indicator.SettingsUsed.Contains(ExplainedSetting.FteHoursPerWeek))
        {
            lines.Add(FigureTexts.Format("Explanation.FteHours", culture, settings.FteHoursPerWeek));
        }
        if (indicator.SettingsUsed.Contains(ExplainedSetting.AverageWeights))
        {
            foreach (var category in settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)))
            {
                lines.Add(FigureTexts.Format("Explanation.AverageWeight", culture,
                    CodeLabels.Label(Codes.SalesCategories, category.Category, culture), category.AverageWeightKg, category.WeightSource));
            }
        }
        if (indicator.SettingsUsed.Contains(ExplainedSetting.Co2Factors))
        {
            foreach (var category in settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)))
            {
                lines.Add(FigureTexts.Format("Explanation.Co2Factor", culture,
                    CodeLabels.Label(Codes.SalesCategories, category.Category, culture), category.Co2Factor, category.Co2Source));
            }
        }
        if (indicator.IsProtected)
        {
            lines.Add(profile == ViewerProfile.Protected
                ? FigureTexts.Format("Explanation.Protected", culture, settings.SmallCellK - 1, settings.SmallCellK)
                : FigureTexts.Get("Explanation.Exact", culture));
        }
        if (profile == ViewerProfile.Protected && indicator.Perturbation != PerturbationRule.None)
        {
            lines.Add(FigureTexts.Get("Explanation.Perturbed", culture));
        }
        return lines;
    }
}
