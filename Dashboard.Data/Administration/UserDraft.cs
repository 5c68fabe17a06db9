namespace Dashboard.Data.Administration;

/// <summary>A user as the user-management form edits it: name, role and scope.</summary>
public sealed record UserDraft(string UserName, string DisplayName, Role Role, bool AllOrganisations, IReadOnlySet<long> Organisations)
{
    /// <summary>The longest user name; the login form refuses a longer one without looking it up.</summary>
    public const int MaxUserNameLength = 64;

    public const int MaxDisplayNameLength = 100;

    public AccessScope Scope => Role == Role.Beheerder || AllOrganisations ? AccessScope.Everything : AccessScope.Of(Organisations);
}
