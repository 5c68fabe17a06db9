using System.Globalization;
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
    public static CultureInfo Culture(bool english) => CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL");

    public static string Value(Figure figure, int smallCellK, bool english = false, bool normalised = false) => figure.Status switch
    {
        FigureStatus.Ok => normalised ? Normalised(figure.Value!.Value, english) : Number(figure.Code, figure.Value!.Value, english),
        FigureStatus.Hidden => figure.Indicator.Kind == IndicatorKind.Count ? $"<{smallCellK}" : english ? "protected" : "afgeschermd",
        FigureStatus.NoData => english ? "no data" : "geen gegevens",
        _ => english ? "n/a" : "n.v.t.",
    };

    /// <summary>The number with its unit where that reads naturally: "23,4%", "€ 1.234", "12,5" — as the catalogue entry says.</summary>
    public static string Number(IndicatorCode code, decimal value, bool english = false)
    {
        var indicator = IndicatorCatalogue.Get(code);
        var number = value.ToString("N" + indicator.Decimals, Culture(english));
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
    public static string Normalised(decimal value, bool english = false)
    {
        var magnitude = value == 0 ? 0 : (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return value.ToString("N" + Math.Clamp(2 - magnitude, 0, 6), Culture(english));
    }

    /// <summary>A change: "+6,0 pp" for a rate, "+12%" otherwise (absolute when the percent is n.v.t.).</summary>
    public static string Change(IndicatorCode code, FigureChange change, bool english = false)
    {
        var culture = Culture(english);
        if (change.Status != FigureStatus.Ok)
        {
            return change.Status == FigureStatus.Hidden ? english ? "protected" : "afgeschermd"
                : change.Status == FigureStatus.NoData ? english ? "no data" : "geen gegevens"
                : english ? "n/a" : "n.v.t.";
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
