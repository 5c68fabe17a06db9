using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Administration;

/// <summary>How roles and audit actions read, by their stored keys: AdministrationTexts.resx (Dutch) and AdministrationTexts.en.resx.</summary>
public static class AdministrationTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Administration.AdministrationTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);
}
