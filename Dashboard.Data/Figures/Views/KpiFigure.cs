using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Targets;

namespace Dashboard.Data.Figures.Views;

/// <summary>A figure as a card shows it: its value, its change against last year, its target attainment and "hoe berekend?".</summary>
public sealed record KpiFigure(Figure Figure, FigureChange ChangeFromLastYear, Attainment? Attainment, FigureExplanation Explanation);
