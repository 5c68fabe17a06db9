namespace Dashboard.Data.Administration.Audit;

/// <summary>Which entries to read: every criterion is optional; newest first.</summary>
public sealed record AuditQuery
{
    public string? UserName { get; init; }
    public AuditAction? Action { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? Through { get; init; }
    public string? Text { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 50;
}
