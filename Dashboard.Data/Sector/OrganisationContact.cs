namespace Dashboard.Data.Sector;

/// <summary>
/// The contact an organisation chose to publish on the list of good practices (docs/sector.md#goede-praktijken-in-de-sector):
/// a name, an e-mail address and one sentence on what to call about.
/// </summary>
public sealed record OrganisationContact(long OrganisationId, string Name, string Email, string About);
