namespace Dashboard.Data.Sharing;

/// <summary>Where a share link stands: it serves its file only while it is <see cref="Geldig"/>.</summary>
public enum ShareLinkStatus
{
    Geldig,
    Verlopen,
    Ingetrokken,
}
