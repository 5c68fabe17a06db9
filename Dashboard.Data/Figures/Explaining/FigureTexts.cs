using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// The words around the figures — what has no value, the filter and source line, "hoe berekend?", chart words — from
/// FigureTexts.resx (Dutch) and FigureTexts.en.resx.
/// </summary>
public static class FigureTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Figures.Explaining.FigureTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);
}
