using Dashboard.Data.Figures.Data;

namespace Dashboard.Components.Pages.Users;

/// <summary>An organisation as the user form offers it for a scope.</summary>
public sealed record OrganisationChoice(long Id, string Name)
{
    /// <summary>The stored organisations, by name: each has stores with practices, so the practices name them all.</summary>
    public static IReadOnlyList<OrganisationChoice> From(IReadOnlyList<PracticeInfo> practices) =>
        practices.Select(p => new OrganisationChoice(p.OrganisationId, p.OrganisationName)).Distinct()
            .OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
}
