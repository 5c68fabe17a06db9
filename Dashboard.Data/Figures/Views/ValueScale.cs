using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Data.Figures.Explaining;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// The value axis of a chart, on screen (ChartPlot) and in the export (PlotPainter): from zero (or the lowest value) to a
/// round number with room above the highest value, about five ticks, and every number written as the screen writes it (<see cref="FigureFormat"/>):
/// "1.000" in Dutch, "1,000" in English, "25,0%" for a rate, "€ 1.200" for money.
/// </summary>
public sealed partial class ValueScale
{
    private ValueScale(double min, double max, IReadOnlyList<(double Value, string Label)> ticks) => (Min, Max, Ticks) = (min, max, ticks);

    public double Min { get; }

    public double Max { get; }

    public IReadOnlyList<(double Value, string Label)> Ticks { get; }

    /// <param name="values">Every value drawn, the median included.</param>
    /// <param name="headroom">The part of the axis to keep free above the highest value, for the value labels.</param>
    public static ValueScale For(IndicatorCode code, IReadOnlyCollection<decimal> values, double headroom, CultureInfo culture)
    {
        var low = values.Count == 0 ? 0 : Math.Min(0, (double)values.Min());
        var high = values.Count == 0 ? 0 : Math.Max(0, (double)values.Max());
        var wholeNumbers = values.All(v => v == decimal.Truncate(v));
        var span = Math.Max(high - low, 0) / (1 - headroom);
        if (span <= 0)
        {
            span = wholeNumbers ? 5 : 1;
        }
        var step = NiceStep(span / 7);
        if (wholeNumbers)
        {
            step = Math.Max(step, 1);
        }
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling((low + span) / step - 1e-9) * step;
        var positions = new List<double>();
        for (var i = 0; min + i * step <= max + step / 1000; i++)
        {
            positions.Add(Math.Round(min + i * step, 10));
        }
        var labels = positions.Select(p => FigureFormat.Number(code, (decimal)p, culture)).ToList();
        if (labels.Distinct().Count() < labels.Count)
        {
            // The indicator's own format is too coarse for this step (a count per m² is a small fraction).
            var decimals = Decimals(step);
            labels = positions.Select(p => WithDecimals(FigureFormat.Number(code, (decimal)p, culture), p, decimals, culture)).ToList();
        }
        return new ValueScale(min, max, positions.Zip(labels).ToList());
    }

    /// <summary>
    /// A value as a label beside its bar or in the legend: as the screen writes it, with decimals added only where
    /// the indicator's format would round a fraction away (0,012 per m² rather than 0).
    /// </summary>
    public static string Label(IndicatorCode code, decimal value, CultureInfo culture)
    {
        var text = FigureFormat.Number(code, value, culture);
        if (value == decimal.Truncate(value) || Math.Abs(value) >= 10)
        {
            return text;
        }
        var needed = Math.Max(0, 1 - (int)Math.Floor(Math.Log10((double)Math.Abs(value))));
        var separator = culture.NumberFormat.NumberDecimalSeparator;
        var number = NumberPart().Match(text).Value;
        var shown = number.Contains(separator, StringComparison.Ordinal) ? number.Length - number.LastIndexOf(separator, StringComparison.Ordinal) - 1 : 0;
        return shown >= needed ? text : WithDecimals(text, (double)value, needed, culture);
    }

    private static string WithDecimals(string formatted, double value, int decimals, CultureInfo culture) =>
        NumberPart().Replace(formatted, value.ToString("N" + decimals, culture), 1);

    /// <summary>The first round step (1, 2, 2.5 or 5 times a power of ten) of at least <paramref name="least"/>: four to seven ticks.</summary>
    private static double NiceStep(double least)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(least)));
        var fraction = least / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static int Decimals(double step)
    {
        for (var d = 0; d < 8; d++)
        {
            var scaled = step * Math.Pow(10, d);
            if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6)
            {
                return d;
            }
        }
        return 8;
    }

    [GeneratedRegex(@"-?\d[\d.,]*")]
    private static partial Regex NumberPart();
}
