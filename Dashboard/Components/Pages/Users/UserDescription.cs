using Dashboard.Data.Administration;

namespace Dashboard.Components.Pages.Users;

/// <summary>
/// A user's role, scope and status as the page shows them, and what changed as the audit log records it (in Dutch,
/// like every audit line, and never with a password).
/// </summary>
public static class UserDescription
{
    public const string AllOrganisationsDutch = UserChanges.AllOrganisations;

    /// <summary>The organisations of a scope by name, or "alle organisaties"; an id no longer stored shows as "?".</summary>
    public static string Scope(AccessScope scope, IReadOnlyList<OrganisationChoice> organisations, string allOrganisations) =>
        scope.AllOrganisations
            ? allOrganisations
            : string.Join(", ", scope.Organisations.Select(id => organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "?")
                .Order(StringComparer.CurrentCultureIgnoreCase));

    /// <summary>The audit subject of a change, as <see cref="UserService.Update"/> writes it: only what changed, each as "was → is".</summary>
    public static string Changed(UserAccount before, UserDraft after, IReadOnlyList<OrganisationChoice> organisations) =>
        $"gebruiker '{before.UserName}' gewijzigd: {UserChanges.Between(before, after, Name(organisations))}";

    private static Func<long, string?> Name(IReadOnlyList<OrganisationChoice> organisations) =>
        id => organisations.FirstOrDefault(o => o.Id == id)?.Name;
}
