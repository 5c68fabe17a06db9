using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Sharing;

/// <summary>The words of share links — refusals, the link page, kinds and statuses — from ShareLinkTexts.resx (Dutch) and ShareLinkTexts.en.resx.</summary>
public static class ShareLinkTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Sharing.ShareLinkTexts");

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);
}
