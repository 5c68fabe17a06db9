namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>How a theory of change is stored: the content of <see cref="PracticeTheoryOfChange"/> as one JSON document, without its key.</summary>
internal sealed record TheoryOfChangeDocument(
    string ImpactGoal,
    IReadOnlyList<string>? TargetGroups,
    IReadOnlyList<Stakeholder>? Stakeholders,
    IReadOnlyList<string>? Activities,
    IReadOnlyList<LinkedStatement>? Outputs,
    IReadOnlyList<LinkedStatement>? Outcomes,
    string? Impact);
