using System.Globalization;
using System.Text;
using Dashboard.Benchmarks.Scale;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// The filters the pages switch between in the active phase: a year or a quarter of the demo's data (2023 … 2026-10), for
/// the whole sector or one organisation — what a board member clicks through on Overzicht. 18 periods × 16 scopes = 288
/// views, more than the product remembers figure tables for (IndicatorService), so changes compute figures as well as
/// find them remembered, as with many people looking at different things.
/// </summary>
public static class FilterViews
{
    public static IReadOnlyList<string> Overview() => Build("/");

    private static List<string> Build(string path)
    {
        var periods = new List<(DateOnly From, DateOnly To)>();
        for (var year = 2023; year <= 2025; year++)
        {
            periods.Add((new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
        }
        for (var year = 2023; year <= 2026; year++)
        {
            for (var quarter = 1; quarter <= (year == 2026 ? 3 : 4); quarter++)
            {
                var from = new DateOnly(year, quarter * 3 - 2, 1);
                periods.Add((from, from.AddMonths(3).AddDays(-1)));
            }
        }
        var scopes = new List<string?> { null };
        scopes.AddRange(Organisations());
        return periods.SelectMany(p => scopes.Select(org =>
            $"{path}?van={Day(p.From)}&tot={Day(p.To)}" + (org is null ? "" : "&org=" + Uri.EscapeDataString(org)))).ToList();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The demo's organisations from seed-data/winkels.csv, which is Latin-1 (the product's import reads either).</summary>
    private static IEnumerable<string> Organisations()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "seed-data", "winkels.csv"));
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(bytes);
        }
        return text.Split('\n').Skip(1).Select(l => l.Split(';')[0].Trim()).Where(o => o.Length > 0).Distinct().Order(StringComparer.Ordinal);
    }
}
