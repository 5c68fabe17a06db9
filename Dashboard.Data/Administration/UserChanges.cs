using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Administration;

/// <summary>A user's scope and what changed about a user, in Dutch as the audit log records it — never with a password.</summary>
public static class UserChanges
{
    public const string AllOrganisations = "alle organisaties";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The organisations of a scope by name, or "alle organisaties"; an id no longer stored shows as "?".</summary>
    public static string Scope(AccessScope scope, Func<long, string?> organisationName) =>
        scope.AllOrganisations
            ? AllOrganisations
            : string.Join(", ", scope.Organisations.Select(id => organisationName(id) ?? "?").Order(StringComparer.Create(Dutch, ignoreCase: true)));

    /// <summary>The role as a word in a sentence.</summary>
    public static string Role(Role role) => role.Label(Language.Dutch).ToLowerInvariant();

    /// <summary>Only what changed, each as "was → is"; "geen wijzigingen" when nothing did.</summary>
    public static string Between(UserAccount before, UserDraft after, Func<long, string?> organisationName)
    {
        var changes = new List<string>();
        if (before.DisplayName != after.DisplayName.Trim())
        {
            changes.Add($"naam '{before.DisplayName}' → '{after.DisplayName.Trim()}'");
        }
        if (before.Role != after.Role)
        {
            changes.Add($"rol {Role(before.Role)} → {Role(after.Role)}");
        }
        var (was, @is) = (Scope(before.Scope, organisationName), Scope(after.Scope, organisationName));
        if (was != @is)
        {
            changes.Add($"organisaties {was} → {@is}");
        }
        return changes.Count == 0 ? "geen wijzigingen" : string.Join("; ", changes);
    }
}
