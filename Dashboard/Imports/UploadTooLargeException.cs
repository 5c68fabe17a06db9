namespace Dashboard.Imports;

/// <summary>An upload over `Import:MaxUploadMegabytes`: refused before it is read, or as soon as more bytes arrive than allowed.</summary>
public sealed class UploadTooLargeException(int maxMegabytes) : Exception($"Het bestand is groter dan {maxMegabytes} MB.")
{
    public int MaxMegabytes { get; } = maxMegabytes;
}
