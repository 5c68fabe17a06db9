namespace Dashboard.Data.Access;

/// <summary>A user as the user-management form edits it: name, role and scope.</summary>
public sealed record UserDraft(string UserName, string DisplayName, Role Role, bool AllOrganisations, IReadOnlySet<long> Organisations)
{
    public AccessScope Scope => Role == Role.Beheerder || AllOrganisations ? AccessScope.Everything : AccessScope.Of(Organisations);
}
