using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.FollowUps;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// "Hoe berekend?" for one figure (docs/indicatoren.md#regels-voor-elk-cijfer): its definition, the filter in words, the settings it used
/// — for a social value the value-map rows with their quantities as the viewer sees them, the discount rate and the
/// investments (docs/maatschappelijke-waarde.md#berekening), for the follow-up response P15 the period it looks back to
/// (docs/nameting.md) — and the number of source rows behind it.
/// </summary>
public sealed record FigureExplanation(string Definition, string Filter, IReadOnlyList<string> Settings, long? SourceRows)
{
    public static FigureExplanation For(Figure figure, IndicatorTable table, IReadOnlyList<PracticeInfo> practices, CultureInfo? culture = null) =>
        For(figure, table.Total, table, FilterText.Describe(table.Filter, practices, culture), practices, culture ?? Language.Dutch);

    /// <summary>
    /// The same for a figure of <paramref name="group"/> with the table's filter already in words (<see cref="FilterText.Describe"/>),
    /// for a card of several figures.
    /// </summary>
    public static FigureExplanation For(Figure figure, IndicatorGroup group, IndicatorTable table, string filterWords,
        IReadOnlyList<PracticeInfo> practices, CultureInfo culture)
    {
        var indicator = figure.Indicator;
        var lines = SettingsUsed(indicator, table.Settings, table.Profile, culture);
        if (indicator.Code == IndicatorCode.P15 && figure.Status != FigureStatus.NotApplicable)
        {
            lines.InsertRange(0, ResponsePeriod(group.Period, table.LastDataDay, culture));
        }
        if (figure.Status != FigureStatus.NotApplicable && group.Value is { } value)
        {
            lines.InsertRange(0, SocialValueLines(indicator, value, practices, culture));
        }
        return new FigureExplanation(indicator.Definition(culture), filterWords, lines, figure.SourceRows);
    }

    private static IEnumerable<string> SocialValueLines(Indicator indicator, GroupValue value, IReadOnlyList<PracticeInfo> practices, CultureInfo culture)
    {
        if (indicator.SettingsUsed.Contains(ExplainedSetting.ValueMap))
        {
            if (value.Rows.Count == 0)
            {
                yield return FigureTexts.Get("Explanation.NoValueRows", culture);
            }
            foreach (var row in value.Rows)
            {
                var map = row.Row;
                yield return row.Value is { } worth
                    ? FigureTexts.Format("Explanation.ValueRow", culture, map.Code, map.Outcome, map.Stakeholder,
                        $"{map.Indicator} = {FigureFormat.Number(map.Indicator, worth.Quantity, culture)}", Euros(map.ProxyEur, culture), map.ProxySource,
                        Percent(map.DeadweightPct, culture), Percent(map.DisplacementPct, culture), Percent(map.AttributionPct, culture),
                        Percent(map.DropOffPct, culture), map.DurationYears, FigureFormat.Number(IndicatorCode.W1, worth.PresentValue, culture))
                    : FigureTexts.Format("Explanation.ValueRowHidden", culture, map.Code, map.Outcome, map.Stakeholder, map.Indicator,
                        Euros(map.ProxyEur, culture), map.ProxySource);
            }
            yield return FigureTexts.Format("Explanation.DiscountRate", culture, Percent(value.Map.DiscountRatePct, culture), value.Map.DiscountRateSource);
        }
        if (indicator.SettingsUsed.Contains(ExplainedSetting.Investments))
        {
            if (value.Investments.Count == 0)
            {
                yield return FigureTexts.Get("Explanation.NoInvestments", culture);
            }
            foreach (var share in value.Investments)
            {
                var investment = share.Investment;
                yield return FigureTexts.Format("Explanation.Investment", culture,
                    practices.FirstOrDefault(p => p.Id == investment.PracticeId)?.Path ?? "?", investment.Year,
                    CodeLabels.Label(Codes.Funders, investment.Funder, culture), Euros(investment.Amount, culture), share.DaysInPeriod, share.DaysInYear,
                    Euros(share.Amount, culture));
            }
        }
        if (indicator.Theme == IndicatorTheme.SocialValue && indicator.Code != IndicatorCode.W2)
        {
            yield return FigureTexts.Get("Explanation.Indicative", culture);
            if (!value.Map.IsConfirmed)
            {
                yield return FigureTexts.Get("Explanation.ExampleValues", culture);
            }
        }
    }

    /// <summary>
    /// The period P15 looks back to, in words, or that it is empty; and when the data do not yet reach the day the 6-month
    /// window of its last day closes (8 whole months after it), that the response is provisional (docs/nameting.md#de-cijfers).
    /// </summary>
    private static IEnumerable<string> ResponsePeriod(Period period, DateOnly? lastDataDay, CultureInfo culture)
    {
        var (from, to) = FollowUpMoment.ResponseDays(period);
        if (from > to)
        {
            yield return FigureTexts.Get("Explanation.NoResponsePeriod", culture);
            yield break;
        }
        var (first, last) = (DateOnly.FromDayNumber(from), DateOnly.FromDayNumber(to));
        yield return FigureTexts.Format("Explanation.ResponsePeriod", culture, FilterText.Describe(new Period(first, last), culture));
        var closes = FollowUpMoment.SixMonthWindowCloses(last);
        if (lastDataDay is not { } reached || reached < closes)
        {
            yield return FigureTexts.Format("Explanation.ResponseProvisional", culture, closes.ToString("d MMMM yyyy", culture),
                lastDataDay?.ToString("d MMMM yyyy", culture) ?? "—");
        }
    }

    /// <summary>Euros with the cents they have: "€ 14.000", "€ 0,15", "€ 9.041,10".</summary>
    private static string Euros(decimal amount, CultureInfo culture) =>
        "€ " + amount.ToString(decimal.Round(amount, 0) == amount ? "N0" : "N2", culture);

    private static string Percent(decimal percentage, CultureInfo culture) => percentage.ToString("0.##", culture);

    private static List<string> SettingsUsed(Indicator indicator, IndicatorSettings settings, ViewerProfile profile, CultureInfo culture)
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
