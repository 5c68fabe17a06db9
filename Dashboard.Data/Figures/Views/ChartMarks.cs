using System.Globalization;
using Dashboard.Data.Annotations;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// Which annotations a trend chart shows and where (docs/weergave-en-export.md#gebeurtenissen): an organisation's when one of
/// its practices is in the filter's scope, a practice's when that practice is, and only those dated within the period; each at the
/// time group (month, quarter) its date falls in.
/// </summary>
public static class ChartMarks
{
    /// <summary>The most events one chart marks, the earliest first: more would cover the line they explain (and make a report endless).</summary>
    public const int MostOnAChart = 12;

    /// <summary>The annotations the filter includes, by date.</summary>
    public static IReadOnlyList<Annotation> Included(IReadOnlyList<Annotation> annotations, IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices)
    {
        var inScope = practices.Where(filter.Includes).ToList();
        var organisations = inScope.Select(p => p.OrganisationId).ToHashSet();
        var ids = inScope.Select(p => p.Id).ToHashSet();
        return annotations
            .Where(a => filter.Period.Contains(a.Date) && (a.PracticeId is { } practice ? ids.Contains(practice) : organisations.Contains(a.OrganisationId)))
            .OrderBy(a => a.Date).ThenBy(a => a.Id).ToList();
    }

    /// <summary>
    /// The trend chart with the annotations the filter includes marked on it; <paramref name="groups"/> are the time groups the
    /// chart's categories were made from, in the same order.
    /// </summary>
    public static ChartDescription On(ChartDescription chart, IReadOnlyList<IndicatorGroup> groups, IReadOnlyList<Annotation> annotations,
        IndicatorFilter filter, IReadOnlyList<PracticeInfo> practices)
    {
        var categories = chart.Categories;
        var marks = new List<ChartMark>();
        foreach (var annotation in Included(annotations, filter, practices))
        {
            var at = groups.ToList().FindIndex(g => g.Period.Contains(annotation.Date));
            if (at >= 0 && at < categories.Count)
            {
                marks.Add(new ChartMark(categories[at], annotation.Date, annotation.Text, annotation.Id));
            }
        }
        return chart with { Marks = marks.Take(MostOnAChart).ToList(), MarksLeftOut = Math.Max(0, marks.Count - MostOnAChart) };
    }

    /// <summary>"12 mrt 2026" / "12 Mar 2026": how a mark's date reads beside its text.</summary>
    public static string DateLabel(DateOnly date, CultureInfo culture) => date.ToString("d MMM yyyy", culture).Replace(".", "");

    /// <summary>"12 mrt: Nieuwe fietswerkplaats geopend", as it stands beside its mark: the month's point already says the year.</summary>
    public static string ShortLabel(ChartMark mark, CultureInfo culture) => $"{mark.Date.ToString("d MMM", culture).Replace(".", "")}: {mark.Text}";

    /// <summary>"12 mrt 2026: Nieuwe fietswerkplaats geopend", as a mark reads in a description, a table and the factsheet.</summary>
    public static string Describe(ChartMark mark, CultureInfo culture) => $"{DateLabel(mark.Date, culture)}: {mark.Text}";
}
