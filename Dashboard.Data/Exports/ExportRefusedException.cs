namespace Dashboard.Data.Exports;

/// <summary>
/// An export that cannot be made as asked, in Dutch: a combination that makes no sense (a factsheet of Vergelijken,
/// a rate per m²) — <see cref="IsUsage"/> — or one that names nothing to export.
/// </summary>
public sealed class ExportRefusedException(string message, bool isUsage = true) : Exception(message)
{
    public bool IsUsage { get; } = isUsage;
}
