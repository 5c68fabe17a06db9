using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Exports;

/// <summary>
/// The words of an export that are not the figures' own — sheet names, column headers, the explanation sheet, the
/// chart's notes — from ExportTexts.resx (Dutch) and ExportTexts.en.resx.
/// </summary>
public static class ExportTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Exports.ExportTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);
}
