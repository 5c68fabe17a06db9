using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports;

/// <summary>What an import tells the person who chose the file: ImportTexts.resx (Dutch) and ImportTexts.en.resx.</summary>
public static class ImportTexts
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Imports.ImportTexts");

    /// <summary>The key of each kind of problem by its Dutch name: "ongeldig getal" → "Kind.InvalidNumber".</summary>
    private static readonly Dictionary<string, string> KindKeys = Texts.Keys("Kind.").ToDictionary(key => Texts.Get(key, Dutch.Culture), key => key);

    public static string Get(string key, CultureInfo culture) => Texts.Get(key, culture);

    public static string Format(string key, CultureInfo culture, params object?[] arguments) => Texts.Format(key, culture, arguments);

    /// <summary>A count with its noun: <paramref name="key"/>.One for 1 ("1 rij"), <paramref name="key"/>.Many otherwise ("2 rijen").</summary>
    public static string Count(string key, long count, CultureInfo culture) => ImportText.Count(key, count).In(culture);

    /// <summary>
    /// A kind of problem (its Dutch name, which code and tests compare) in <paramref name="culture"/>, through the
    /// <c>Kind.*</c> entry whose Dutch text it is; a kind without an entry stays as it is.
    /// </summary>
    public static string Kind(string kind, CultureInfo culture) =>
        KindKeys.TryGetValue(kind, out var key) ? Get(key, culture) : kind;
}
