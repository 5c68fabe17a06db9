using Dashboard.Data.Figures;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>An output or outcome in words, with the indicators whose live figures show whether it happens.</summary>
public sealed record LinkedStatement(string Text, IReadOnlyList<IndicatorCode> Indicators);
