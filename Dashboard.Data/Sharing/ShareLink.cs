using System.Globalization;

namespace Dashboard.Data.Sharing;

/// <summary>
/// A share link as the page Gedeelde links lists it: never its token (only its hash is stored, and that not here), and
/// whether it still holds its file (dropped once expired or revoked).
/// </summary>
public sealed record ShareLink(
    long Id,
    ShareKind Kind,
    string Title,
    string FileName,
    string ContentType,
    CultureInfo Culture,
    long SizeBytes,
    string SharedBy,
    string SharedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt,
    string? RevokedBy,
    long Downloads,
    IReadOnlySet<long> Organisations)
{
    public ShareLinkStatus StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? ShareLinkStatus.Ingetrokken
        : now < ExpiresAt ? ShareLinkStatus.Geldig
        : ShareLinkStatus.Verlopen;
}
