using Dashboard.Data.Access;

namespace Dashboard.Components.Pages.Users;

/// <summary>
/// A user's role, scope and status as the page shows them, and what changed as the audit log records it (in Dutch,
/// like every audit line, and never with a password).
/// </summary>
public static class UserDescription
{
    public const string AllOrganisationsDutch = "alle organisaties";

    /// <summary>The organisations of a scope by name, or "alle organisaties"; an id no longer stored shows as "?".</summary>
    public static string Scope(AccessScope scope, IReadOnlyList<OrganisationChoice> organisations, string allOrganisations) =>
        scope.AllOrganisations
            ? allOrganisations
            : string.Join(", ", scope.Organisations.Select(id => organisations.FirstOrDefault(o => o.Id == id)?.Name ?? "?")
                .Order(StringComparer.CurrentCultureIgnoreCase));

    /// <summary>The audit subject of a new user: who, with which role and scope.</summary>
    public static string Created(UserDraft draft, IReadOnlyList<OrganisationChoice> organisations) =>
        $"gebruiker '{draft.UserName.Trim()}' aangemaakt: {draft.Role.Label(false).ToLowerInvariant()}, {Scope(draft.Scope, organisations, AllOrganisationsDutch)}; eenmalig wachtwoord uitgegeven";

    /// <summary>The audit subject of a change: only what changed, each as "was → is"; "geen wijzigingen" when nothing did.</summary>
    public static string Changed(UserAccount before, UserDraft after, IReadOnlyList<OrganisationChoice> organisations)
    {
        var changes = new List<string>();
        if (before.DisplayName != after.DisplayName.Trim())
        {
            changes.Add($"naam '{before.DisplayName}' → '{after.DisplayName.Trim()}'");
        }
        if (before.Role != after.Role)
        {
            changes.Add($"rol {before.Role.Label(false).ToLowerInvariant()} → {after.Role.Label(false).ToLowerInvariant()}");
        }
        var (was, @is) = (Scope(before.Scope, organisations, AllOrganisationsDutch), Scope(after.Scope, organisations, AllOrganisationsDutch));
        if (was != @is)
        {
            changes.Add($"organisaties {was} → {@is}");
        }
        return $"gebruiker '{before.UserName}' gewijzigd: {(changes.Count == 0 ? "geen wijzigingen" : string.Join("; ", changes))}";
    }
}
