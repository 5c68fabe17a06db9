using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// Whom a target can be for: an organisation as a whole, or one practice, named as people recognise it —
/// "Restaurant De Pan — Aan de Maas Centrum (AAN/REST)". <see cref="Key"/> identifies it in a form.
/// </summary>
public sealed record TargetOwner(string Key, long? OrganisationId, long? PracticeId, string Label)
{
    public bool IsOrganisation => OrganisationId is not null;

    /// <summary>The organisations by name, then every practice by organisation and label.</summary>
    public static IReadOnlyList<TargetOwner> All(IReadOnlyList<PracticeInfo> practices)
    {
        var organisations = practices.DistinctBy(p => p.OrganisationId)
            .OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new TargetOwner(OrganisationKey(p.OrganisationId), p.OrganisationId, null, p.OrganisationName));
        var ofPractices = practices
            .OrderBy(p => p.OrganisationName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(PracticeLabel, StringComparer.CurrentCultureIgnoreCase)
            .Select(p => new TargetOwner(PracticeKey(p.Id), null, p.Id, PracticeLabel(p)));
        return organisations.Concat(ofPractices).ToList();
    }

    /// <summary>"Praktijknaam — Winkelnaam (WINKEL/PRAKTIJK)".</summary>
    public static string PracticeLabel(PracticeInfo practice) => $"{practice.Name} — {practice.StoreName} ({practice.Path})";

    /// <summary>The key of the owner of <paramref name="target"/>.</summary>
    public static string KeyOf(Target target) =>
        target.OrganisationId is { } organisation ? OrganisationKey(organisation) : PracticeKey(target.PracticeId ?? 0);

    public Target Target(int year, IndicatorCode indicator, decimal value) => new(year, indicator, OrganisationId, PracticeId, value);

    private static string OrganisationKey(long id) => $"organisatie:{id}";

    private static string PracticeKey(long id) => $"praktijk:{id}";
}
