namespace Dashboard.Data.Sector;

/// <summary>An organisation and whether it takes part in the sector (docs/sector.md#deelname).</summary>
public sealed record SectorOrganisation(long Id, string Name, bool IsDemo, bool TakesPart);
