using Dashboard.Data.Indicators.Comparison;
using Dashboard.Data.Indicators.Explaining;
using Dashboard.Data.Indicators.Results;
using Dashboard.Data.Indicators.Targets;

namespace Dashboard.Data.Views;

/// <summary>A figure as a card shows it: its value, its change against last year, its target attainment and "hoe berekend?".</summary>
public sealed record KpiFigure(Figure Figure, FigureChange ChangeFromLastYear, Attainment? Attainment, FigureExplanation Explanation);
