namespace Dashboard.Data.Sharing;

/// <summary>What a valid link serves: the stored file with its name and content type, exactly as it was made.</summary>
public sealed record SharedDownload(ShareLink Link, byte[] Bytes);
