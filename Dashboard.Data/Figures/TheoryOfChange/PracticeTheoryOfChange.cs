namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// The theory of change of one good practice (docs/weergave-en-export.md#goede-praktijk), as a social-impact training teaches to write it:
/// the impact goal, the target groups (codes of <see cref="Domain.Codes.TargetGroups"/>), the stakeholders,
/// what the practice does (activities), what that delivers (outputs), what it changes for participants
/// (outcomes) and the lasting change it contributes to (impact). Outputs and outcomes name the indicators
/// that measure them, so the practice page can show the live figures beside the words.
/// </summary>
public sealed record PracticeTheoryOfChange(
    long PracticeId,
    string ImpactGoal,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<Stakeholder> Stakeholders,
    IReadOnlyList<string> Activities,
    IReadOnlyList<LinkedStatement> Outputs,
    IReadOnlyList<LinkedStatement> Outcomes,
    string Impact)
{
    /// <summary>When it was last saved; null for one not stored (such as a default not yet saved).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
