namespace Dashboard.Data.Administration;

/// <summary>The organisations a user may see (docs/privacy-en-toegang.md#rollen-en-bereik): all of them, or a set.</summary>
public sealed record AccessScope(bool AllOrganisations, IReadOnlySet<long> Organisations)
{
    public static readonly AccessScope Everything = new(true, new HashSet<long>());

    public static AccessScope Of(IEnumerable<long> organisations) => new(false, organisations.ToHashSet());

    public bool Includes(long organisationId) => AllOrganisations || Organisations.Contains(organisationId);
}
