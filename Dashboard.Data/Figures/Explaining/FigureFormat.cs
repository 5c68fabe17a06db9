using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// A figure as people read it, in nl-NL (1.234,5) or en-GB (1,234.5): rates as "23,4%", money as "€ 1.234",
/// and the words for what has no value — "&lt;5" for a hidden count, "afgeschermd", "geen gegevens", "n.v.t."
/// (docs/indicatoren.md#regels-voor-elk-cijfer). Pages and exports format through here, so they read the same.
/// </summary>
public static class FigureFormat
{
    /// <summary>The figure in <paramref name="culture"/> (Dutch when none is given).</summary>
    public static string Value(Figure figure, int smallCellK, CultureInfo? culture = null, bool normalised = false) =>
        figure.Status switch
        {
            FigureStatus.Ok => normalised ? Normalised(figure.Value!.Value, culture) : Number(figure.Code, figure.Value!.Value, culture),
            FigureStatus.Hidden when figure.Indicator.Kind == IndicatorKind.Count && figure.Small => $"<{smallCellK}",
            var status => Word(status, culture ?? Language.Dutch),
        };

    /// <summary>The word for a status without a number: "afgeschermd", "geen gegevens", "n.v.t.".</summary>
    public static string Word(FigureStatus status, CultureInfo culture) => FigureTexts.Get(status switch
    {
        FigureStatus.Hidden => "Value.Protected",
        FigureStatus.NoData => "Value.NoData",
        _ => "Value.NotApplicable",
    }, culture);

    /// <summary>The number with its unit where that reads naturally: "23,4%", "€ 1.234", "12,5" — as the catalogue entry says.</summary>
    public static string Number(IndicatorCode code, decimal value, CultureInfo? culture = null)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var number = value.ToString("N" + indicator.Decimals, culture ?? Language.Dutch);
        return indicator.Notation switch
        {
            Notation.Number => number,
            Notation.Percent => number + "%",
            Notation.Euro => "€ " + number,
        };
    }

    /// <summary>
    /// A value per participant, per 1,000 hours or per m²: three significant digits, so 0,0048 per m² does not read as 0.
    /// </summary>
    public static string Normalised(decimal value, CultureInfo? culture = null)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return value.ToString("N" + Math.Clamp(2 - magnitude, 0, 6), culture ?? Language.Dutch);
    }

    /// <summary>A change: "+6,0 pp" for a rate, "+12%" otherwise (absolute when the percent is n.v.t.).</summary>
    public static string Change(IndicatorCode code, FigureChange change, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        if (change.Status != FigureStatus.Ok)
        {
            return Word(change.Status, culture);
        }
        var indicator = IndicatorCatalogue.Get(code);
        var absolute = "N" + indicator.ChangeDecimals;
        if (indicator.ChangesInPercentagePoints)
        {
            return Signed(change.Absolute!.Value, absolute, culture) + " pp";
        }
        return change.Percent is { } percent
            ? Signed(percent, "N0", culture) + "%"
            : Signed(change.Absolute!.Value, absolute, culture);
    }

    private static string Signed(decimal value, string format, CultureInfo culture) =>
        (value > 0 ? "+" : value < 0 ? "−" : "±") + Math.Abs(value).ToString(format, culture);
}
