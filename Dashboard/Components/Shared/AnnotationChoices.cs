using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Components.Shared;

/// <summary>One thing an annotation can be about: an organisation, or one of its practices.</summary>
public sealed record AnnotationSubject(long OrganisationId, long? PracticeId, string Label)
{
    public string Key => PracticeId is { } practice ? $"p{practice}" : $"o{OrganisationId}";
}

/// <summary>
/// What the "Gebeurtenis toevoegen" dialog of a trend chart offers (docs/weergave-en-export.md#gebeurtenissen): the organisations
/// in the filter's scope the viewer may write about, then each of their practices in scope; and a day in the chart's period.
/// Null when the viewer writes none. The service checks it all again.
/// </summary>
public sealed record AnnotationChoices(IReadOnlyList<AnnotationSubject> Subjects, Period Period)
{
    public static AnnotationChoices? For(Viewer viewer, IndicatorFilter? filter, IReadOnlyList<PracticeInfo> practices)
    {
        if (filter is null || !viewer.CanAnnotate)
        {
            return null;
        }
        var inScope = practices.Where(p => filter.Includes(p) && viewer.MaySee(p.OrganisationId)).ToList();
        var subjects = inScope.GroupBy(p => (p.OrganisationId, p.OrganisationName)).OrderBy(g => g.Key.OrganisationName, StringComparer.CurrentCulture)
            .SelectMany(g => g.OrderBy(p => p.Path, StringComparer.Ordinal)
                .Select(p => new AnnotationSubject(p.OrganisationId, p.Id, $"{p.Name} — {p.StoreName} ({p.Path})"))
                .Prepend(new AnnotationSubject(g.Key.OrganisationId, null, g.Key.OrganisationName)))
            .ToList();
        return subjects.Count == 0 ? null : new AnnotationChoices(subjects, filter.Period);
    }
}
