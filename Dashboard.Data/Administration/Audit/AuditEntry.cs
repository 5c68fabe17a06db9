namespace Dashboard.Data.Administration.Audit;

/// <summary>
/// One line of the audit log: when, who (<see cref="Actor.CommandLineName"/> for the command line, null for the app
/// itself), what, about what, and how it ended — in Dutch as stored, and for lines written by an action service also
/// the wording and values to show it in another language.
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string? UserName, AuditAction Action, string Subject, string Outcome)
{
    public AuditWording? Wording { get; init; }

    public IReadOnlyDictionary<string, string>? Parameters { get; init; }
}
