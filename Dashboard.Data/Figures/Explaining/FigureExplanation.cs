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
    public static FigureExplanation For(Figure figure, IndicatorTable table, IReadOnlyList<PracticeInfo> practices, bool english = false) =>
        For(figure, table, FilterText.Describe(table.Filter, practices, english), english);

    /// <summary>The same with the table's filter already in words (<see cref="FilterText.Describe"/>), for a card of several figures.</summary>
    public static FigureExplanation For(Figure figure, IndicatorTable table, string filterWords, bool english)
    {
        var indicator = figure.Indicator;
        return new FigureExplanation(indicator.Definition(english), filterWords, SettingsUsed(indicator, table.Settings, table.Profile, english),
            figure.SourceRows);
    }

    private static IReadOnlyList<string> SettingsUsed(Indicator indicator, IndicatorSettings settings, ViewerProfile profile, bool english)
    {
        var culture = english ? CultureInfo.GetCultureInfo("en-GB") : Dutch.Culture;
        var lines = new List<string>();
        if (indicator.SettingsUsed.Contains(ExplainedSetting.FteHoursPerWeek))
        {
            lines.Add(english ? $"1 FTE = {settings.FteHoursPerWeek.ToString(culture)} hours per week" : $"1 fte = {settings.FteHoursPerWeek.ToString(culture)} uur per week");
        }
        if (indicator.SettingsUsed.Contains(ExplainedSetting.AverageWeights))
        {
            foreach (var category in settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)))
            {
                lines.Add(english
                    ? $"{CodeLabels.Label(Codes.SalesCategories, category.Category, english)}: average weight {category.AverageWeightKg.ToString(culture)} kg ({category.WeightSource})"
                    : $"{CodeLabels.Label(Codes.SalesCategories, category.Category, english)}: gemiddeld gewicht {category.AverageWeightKg.ToString(culture)} kg ({category.WeightSource})");
            }
        }
        if (indicator.SettingsUsed.Contains(ExplainedSetting.Co2Factors))
        {
            foreach (var category in settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)))
            {
                lines.Add(english
                    ? $"{CodeLabels.Label(Codes.SalesCategories, category.Category, english)}: {category.Co2Factor.ToString(culture)} kg CO2-eq per kg ({category.Co2Source})"
                    : $"{CodeLabels.Label(Codes.SalesCategories, category.Category, english)}: {category.Co2Factor.ToString(culture)} kg CO2-eq per kg ({category.Co2Source})");
            }
        }
        if (indicator.IsProtected)
        {
            lines.Add(profile == ViewerProfile.Protected
                ? english
                    ? $"Small numbers are protected: counts of 1 to {settings.SmallCellK - 1} are shown as <{settings.SmallCellK}"
                    : $"Kleine aantallen zijn afgeschermd: aantallen van 1 t/m {settings.SmallCellK - 1} staan er als <{settings.SmallCellK}"
                : english ? "Exact figures (no small-cell protection)" : "Exacte cijfers (geen afscherming van kleine aantallen)");
        }
        return lines;
    }
}
