using System.Globalization;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// What the practices of a kind are called in a sentence, singular and plural: "drie fietsenwerkplaatsen",
/// "seven cafés and restaurants". The code labels ("Fietsen", "Horeca") name a category, not a place.
/// </summary>
internal static class PracticeKindNoun
{
    private static readonly IReadOnlySet<string> Named = new HashSet<string> { "winkel", "horeca", "fietsen", "textiel", "meubels", "elektra", "sortering", "overig" };

    /// <summary>FactsheetTexts' Noun.{kind}.One or .Many; a kind without its own noun is a "praktijk".</summary>
    public static string For(string kind, int count, CultureInfo culture) =>
        FactsheetTexts.Counted(Named.Contains(kind) ? $"Noun.{kind}" : "Noun.Practice", count, culture);
}
