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
    /// <summary>The filter in words in <paramref name="culture"/> (Dutch when none is given).</summary>
    public static string Describe(IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        var parts = new List<string> { Describe(filter.Period, culture) };
        void Add(string key, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count > 0)
            {
                parts.Add($"{FigureTexts.Get(key, culture)}: {string.Join(", ", list)}");
            }
        }
        Add("Filter.Organisation", practices.Where(p => filter.Organisations.Contains(p.OrganisationId)).Select(p => p.OrganisationName).Distinct().Select(Ellipsis.Name));
        Add("Filter.Store", practices.Where(p => filter.Stores.Contains(p.StoreId)).Select(p => p.StoreCode).Distinct().Select(Ellipsis.Name));
        IEnumerable<string> Labels(CodeList list, IReadOnlySet<string> codes) =>
            list.Codes.Where(codes.Contains).Select(code => CodeLabels.Label(list, code, culture));
        Add("Filter.Kind", Labels(Codes.PracticeKinds, filter.PracticeKinds));
        Add("Filter.Practice", practices.Where(p => filter.Practices.Contains(p.Id)).Select(p => $"{Ellipsis.Name(p.Name)} ({Ellipsis.Name(p.Path)})"));
        parts.AddRange(Participants(filter, culture));
        if (filter.Organisations.Count == 0 && filter.Stores.Count == 0 && filter.Practices.Count == 0)
        {
            parts.Insert(1, FigureTexts.Get("Filter.AllOrganisations", culture));
        }
        return string.Join(" · ", parts);
    }

    /// <summary>The participant attributes a filter narrows to, in words: "doelgroep: Nieuwkomers", "leeftijdsgroep: Jonger dan 27".</summary>
    public static IReadOnlyList<string> Participants(IndicatorFilter filter, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        var parts = new List<string>();
        void Add(string key, CodeList list, IReadOnlySet<string> codes)
        {
            var labels = list.Codes.Where(codes.Contains).Select(code => CodeLabels.Label(list, code, culture)).ToList();
            if (labels.Count > 0)
            {
                parts.Add($"{FigureTexts.Get(key, culture)}: {string.Join(", ", labels)}");
            }
        }
        Add("Filter.TargetGroup", Codes.TargetGroups, filter.TargetGroups);
        Add("Filter.AgeGroup", Codes.AgeGroups, filter.AgeGroups);
        Add("Filter.TrajectoryType", Codes.TrajectoryTypes, filter.TrajectoryTypes);
        Add("Filter.Scheme", Codes.Schemes, filter.Schemes);
        return parts;
    }

    /// <summary>"2025", "oktober 2025", "2e kwartaal 2025", "1 januari t/m 31 oktober 2026", "15 maart 2025 t/m 10 mei 2025".</summary>
    public static string Describe(Period period, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        if (period.IsCalendarYear)
        {
            return period.From.Year.ToString(CultureInfo.InvariantCulture);
        }
        if (period.IsCalendarQuarter)
        {
            var quarter = (period.From.Month + 2) / 3;
            return FigureTexts.Format("Period.Quarter", culture, quarter, period.From.Year.ToString(CultureInfo.InvariantCulture));
        }
        if (period.IsCalendarMonth)
        {
            return period.From.ToString("MMMM yyyy", culture);
        }
        var from = period.From.Year == period.To.Year ? period.From.ToString("d MMMM", culture) : period.From.ToString("d MMMM yyyy", culture);
        return FigureTexts.Format("Period.Range", culture, from, period.To.ToString("d MMMM yyyy", culture));
    }
}
