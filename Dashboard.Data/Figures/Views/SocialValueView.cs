using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// The social value of a filter as Goede praktijk and Overzicht show it (docs/maatschappelijke-waarde.md#wat-u-ziet): the
/// value W1, the return W3 with the investment W2, the return in one sentence with its range, the value per stakeholder
/// as bars, the waterfall from gross value to present value, and the value-map rows used with their sources — all
/// labelled indicative, and as based on example values until the map is confirmed.
/// </summary>
public sealed record SocialValueView(
    KpiFigure Value,
    KpiFigure Return,
    KpiFigure Investment,
    string? ReturnSentence,
    bool ExampleValues,
    IReadOnlyList<RowFigure> Rows,
    ChartDescription ByStakeholder,
    ChartDescription Waterfall)
{
    public IReadOnlyList<ChartDescription> Charts => [ByStakeholder, Waterfall];

    /// <summary>Whether there is a social value at all: not under a participant filter, where it is n.v.t.</summary>
    public bool Applies => Value.Figure.Status != FigureStatus.NotApplicable;

    /// <summary>The view of <paramref name="compared"/>'s total; its charts are there (n.v.t.) even where the social value is not.</summary>
    public static SocialValueView Build(IndicatorService indicators, ComparedTable compared, Func<IndicatorCode, KpiFigure> kpi,
        ViewerProfile profile, ChartText text)
    {
        var total = compared.Current.Total;
        var byStakeholder = ChartDescriptions.Breakdown(indicators.Calculate(compared.Current.Filter, Dimension.Stakeholder, profile),
            IndicatorCode.W1, text) with
        {
            Title = FigureTexts.Format("Chart.ByDimension", text.Culture, IndicatorCatalogue.Get(IndicatorCode.W1).Name(text.Culture),
                FigureTexts.Get($"Dimension.{Dimension.Stakeholder}", text.Culture)),
        };
        return new SocialValueView(kpi(IndicatorCode.W1), kpi(IndicatorCode.W3), kpi(IndicatorCode.W2), ReturnIn(total, text.Culture),
            total.Value is { } value && !value.Map.IsConfirmed, total.Value?.Rows ?? [], byStakeholder, ChartDescriptions.Waterfall(total, text));
    }

    /// <summary>
    /// "Elke geïnvesteerde euro levert naar schatting € 2,40 aan maatschappelijke waarde op (bandbreedte € 1,70 – € 3,20)." —
    /// only when the return and both ends of its range are shown: never a hidden return, nor one without an investment. The
    /// range reads from low to high: with a negative proxy the cautious return can be the higher one.
    /// </summary>
    public static string? ReturnIn(IndicatorGroup group, CultureInfo culture)
    {
        Figure[] figures = [group[IndicatorCode.W3], group[IndicatorCode.W3L], group[IndicatorCode.W3H]];
        if (!figures.All(f => f.HasValue))
        {
            return null;
        }
        var (low, high) = SocialValueFormulas.Range(figures[1].Value!.Value, figures[2].Value!.Value);
        return FigureTexts.Format("SocialValue.Return", culture, FigureFormat.Number(IndicatorCode.W3, figures[0].Value!.Value, culture),
            FigureFormat.Number(IndicatorCode.W3L, low, culture), FigureFormat.Number(IndicatorCode.W3H, high, culture));
    }

    /// <summary>"indicatief — niet geverifieerd", with "op basis van voorbeeldwaarden" until the map is confirmed.</summary>
    public static string Label(bool exampleValues, CultureInfo culture) =>
        FigureTexts.Get("SocialValue.Indicative", culture) + (exampleValues ? ", " + FigureTexts.Get("SocialValue.ExampleValues", culture) : "");
}
