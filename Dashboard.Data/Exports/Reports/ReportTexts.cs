using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Exports.Reports;

/// <summary>A funder report's words, from ReportTexts.resx (Dutch) and ReportTexts.en.resx; what it says is decided in <see cref="FunderReportBuilder"/>.</summary>
internal static class ReportTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Exports.Reports.ReportTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);
}
