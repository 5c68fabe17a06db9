namespace Dashboard.Data.Exports;

/// <summary>A rendered export: its bytes, content type and the file name it is saved under.</summary>
public sealed record ExportFile(byte[] Bytes, string ContentType, string FileName)
{
    /// <summary>The document's own title (a factsheet's or report's), as a share link names it; null for a chart or a table.</summary>
    public string? Title { get; init; }

    /// <summary>The stories the file contains: withdrawing one's consent revokes every link that serves it (docs/verhalen.md).</summary>
    public IReadOnlySet<long> Stories { get; init; } = new HashSet<long>();
}
