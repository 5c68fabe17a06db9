using System.Globalization;

namespace Dashboard.Data.Sector;

/// <summary>
/// The search on the list of good practices in the sector (docs/sector.md#goede-praktijken-in-de-sector): free text over
/// practice, store, city and organisation name (every word must occur, in any case and with or without accents), and
/// one practice kind and one city. Empty parts do not filter.
/// </summary>
public sealed record PracticeSearch(string? Text = null, string? Kind = null, string? City = null)
{
    /// <summary>The longest search text that is used; a longer one is cut (a link can carry any length).</summary>
    public const int MaxTextLength = 100;

    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public IEnumerable<SectorPractice> Apply(IEnumerable<SectorPractice> practices)
    {
        var words = (Text ?? "").Length > MaxTextLength ? Text![..MaxTextLength] : Text ?? "";
        var terms = words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return practices.Where(p =>
            (string.IsNullOrWhiteSpace(Kind) || string.Equals(p.Kind, Kind.Trim(), StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(City) || string.Equals(p.City, City.Trim(), StringComparison.OrdinalIgnoreCase))
            && terms.All(term => new[] { p.Name, p.StoreName, p.City ?? "", p.OrganisationName }.Any(field => Compare.IndexOf(field, term, Loose) >= 0)));
    }

    /// <summary>The cities the practices lie in, in Dutch alphabetical order: the city filter's choices.</summary>
    public static IReadOnlyList<string> Cities(IEnumerable<SectorPractice> practices) =>
        practices.Select(p => p.City).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true)).ToList();
}
