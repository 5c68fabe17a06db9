namespace Dashboard.Data.Figures.Data;

/// <summary>
/// A good practice with its store and organisation: what the entity filters and breakdowns need, and whether its
/// organisation takes part in the sector comparison (docs/sector.md).
/// </summary>
public sealed record PracticeInfo(
    long Id,
    string Code,
    string Name,
    string Kind,
    long StoreId,
    string StoreCode,
    string StoreName,
    string? City,
    decimal? FloorAreaM2,
    long OrganisationId,
    string OrganisationName,
    bool IsDemo = false,
    bool TakesPart = false)
{
    /// <summary>WINKEL/PRAKTIJK, the single name of a practice (docs/importbestanden.md#winkels).</summary>
    public string Path => $"{StoreCode}/{Code}";
}
