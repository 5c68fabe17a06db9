namespace Dashboard.Data.Figures.Data;

/// <summary>
/// One trajectory as the formulas see it. <see cref="Participant"/> is a number for (organisation, pseudonym);
/// <see cref="Key"/> is the trajectory's record key and <see cref="ParticipantKey"/> its participant's
/// (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken).
/// </summary>
public sealed record TrajectoryFact(
    int Participant,
    long PracticeId,
    DateOnly Start,
    DateOnly? End,
    string TargetGroup,
    string? AgeGroup,
    string TrajectoryType,
    string? Scheme,
    decimal HoursPerWeek,
    string? Outcome,
    int? LadderStart,
    int? LadderEnd,
    byte Key = 0,
    byte ParticipantKey = 0)
{
    /// <summary>Active in the period: start ≤ tot and (no end or end ≥ van) (docs/indicatoren.md#mensen).</summary>
    public bool IsActiveIn(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}
