namespace Dashboard.Data.Sector;

/// <summary>
/// A good practice as the settings and the list of good practices in the sector show it (docs/sector.md): where it is,
/// whose it is, the year its organisation entered as "actief sinds", and — on the list — the organisation's published
/// contact. Never a figure.
/// </summary>
public sealed record SectorPractice(
    long Id,
    string Kind,
    string Name,
    string StoreName,
    string? City,
    long OrganisationId,
    string OrganisationName,
    int? ActiveSince,
    OrganisationContact? Contact = null);
