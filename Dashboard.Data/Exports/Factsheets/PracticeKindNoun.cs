using System.Globalization;
using Dashboard.Data.Domain;
namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// What the practices of a kind are called in a sentence, singular and plural: "drie fietsenwerkplaatsen",
/// "seven cafés and restaurants". The code labels ("Fietsen", "Horeca") name a category, not a place.
/// </summary>
internal static class PracticeKindNoun
{
    private static readonly Dictionary<string, (string One, string Many, string OneEn, string ManyEn)> Nouns = new()
    {
        ["winkel"] = ("winkel", "winkels", "shop", "shops"),
        ["horeca"] = ("horecazaak", "horecazaken", "café or restaurant", "cafés and restaurants"),
        ["fietsen"] = ("fietsenwerkplaats", "fietsenwerkplaatsen", "bicycle workshop", "bicycle workshops"),
        ["textiel"] = ("textielatelier", "textielateliers", "textile studio", "textile studios"),
        ["meubels"] = ("meubelwerkplaats", "meubelwerkplaatsen", "furniture workshop", "furniture workshops"),
        ["elektra"] = ("elektrawerkplaats", "elektrawerkplaatsen", "electronics repair workshop", "electronics repair workshops"),
        ["sortering"] = ("sorteercentrum", "sorteercentra", "sorting centre", "sorting centres"),
        ["overig"] = ("goede praktijk", "goede praktijken", "good practice", "good practices"),
    };

    public static string For(string kind, int count, CultureInfo culture)
    {
        var (one, many, oneEn, manyEn) = Nouns.TryGetValue(kind, out var nouns)
            ? nouns
            : ("praktijk", "praktijken", "practice", "practices");
        return culture.IsEnglish() ? count == 1 ? oneEn : manyEn : count == 1 ? one : many;
    }
}
