namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>Someone with a stake in a good practice: what they contribute to it and what they gain from it.</summary>
public sealed record Stakeholder(string Name, string Contributes, string Gains);
