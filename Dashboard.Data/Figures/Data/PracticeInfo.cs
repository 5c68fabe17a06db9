namespace Dashboard.Data.Figures.Data;

/// <summary>A good practice with its store and organisation: what the entity filters and breakdowns need.</summary>
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
    bool IsDemo = false)
{
    /// <summary>WINKEL/PRAKTIJK, the single name of a practice (docs/importbestanden.md#winkels).</summary>
    public string Path => $"{StoreCode}/{Code}";
}
