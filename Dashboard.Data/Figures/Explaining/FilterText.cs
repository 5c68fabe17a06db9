using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Explaining;

/// <summary>
/// A filter in words, for subtitles, "hoe berekend?" and exports: "1 januari t/m 31 oktober 2026 ·
/// organisatie: Kringloop Aan de Maas · doelgroep: nieuwkomer" — names as they are drawn (<see cref="Ellipsis.Name"/>).
/// </summary>
public static class FilterText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices, bool english = false)
    {
        var parts = new List<string> { Describe(filter.Period, english) };
        void Add(string nl, string en, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{(english ? en : nl)}: {string.Join(", ", list)}");
            }
        }
        Add("organisatie", "organisation", practices.Where(p => filter.Organisations.Contains(p.OrganisationId)).Select(p => p.OrganisationName).Distinct().Select(Ellipsis.Name));
        Add("winkel", "store", practices.Where(p => filter.Stores.Contains(p.StoreId)).Select(p => p.StoreCode).Distinct().Select(Ellipsis.Name));
        IEnumerable<string> Labels(CodeList list, IReadOnlySet<string> codes) =>
            list.Codes.Where(codes.Contains).Select(code => CodeLabels.Label(list, code, english));
        Add("soort", "kind", Labels(Codes.PracticeKinds, filter.PracticeKinds));
        Add("praktijk", "practice", practices.Where(p => filter.Practices.Contains(p.Id)).Select(p => $"{Ellipsis.Name(p.Name)} ({Ellipsis.Name(p.Path)})"));
        parts.AddRange(Participants(filter, english));
        if (filter.Organisations.Count == 0 && filter.Stores.Count == 0 && filter.Practices.Count == 0)
        {
            parts.Insert(1, english ? "all organisations" : "alle organisaties");
        }
        return string.Join(" · ", parts);
    }

    /// <summary>The participant attributes a filter narrows to, in words: "doelgroep: Nieuwkomers", "leeftijdsgroep: Jonger dan 27".</summary>
    public static IReadOnlyList<string> Participants(IndicatorFilter filter, bool english = false)
    {
        var parts = new List<string>();
        void Add(string nl, string en, CodeList list, IReadOnlySet<string> codes)
        {
            var labels = list.Codes.Where(codes.Contains).Select(code => CodeLabels.Label(list, code, english)).ToList();
            if (labels.Count > 0)
            {
                parts.Add($"{(english ? en : nl)}: {string.Join(", ", labels)}");
            }
        }
        Add("doelgroep", "target group", Codes.TargetGroups, filter.TargetGroups);
        Add("leeftijdsgroep", "age group", Codes.AgeGroups, filter.AgeGroups);
        Add("traject", "trajectory type", Codes.TrajectoryTypes, filter.TrajectoryTypes);
        Add("regeling", "scheme", Codes.Schemes, filter.Schemes);
        return parts;
    }

    /// <summary>"2025", "oktober 2025", "2e kwartaal 2025", "1 januari t/m 31 oktober 2026", "15 maart 2025 t/m 10 mei 2025".</summary>
    public static string Describe(Period period, bool english = false)
    {
        var culture = english ? English : Dutch;
        if (period.IsCalendarYear)
        {
            return period.From.Year.ToString(CultureInfo.InvariantCulture);
        }
        if (period.IsCalendarQuarter)
        {
            var quarter = (period.From.Month + 2) / 3;
            return english ? $"Q{quarter} {period.From.Year}" : $"{quarter}e kwartaal {period.From.Year}";
        }
        if (period.IsCalendarMonth)
        {
            return period.From.ToString("MMMM yyyy", culture);
        }
        var until = english ? "–" : "t/m";
        var from = period.From.Year == period.To.Year ? period.From.ToString("d MMMM", culture) : period.From.ToString("d MMMM yyyy", culture);
        return $"{from} {until} {period.To.ToString("d MMMM yyyy", culture)}";
    }
}
