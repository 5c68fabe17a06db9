using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// How far a figure reached its target (docs/indicatoren.md#streefwaarden). <see cref="Target"/> is the target for the view's period
/// (prorated for year to date where that applies). With status Ok, <see cref="Percent"/> is the attainment —
/// actual / target × 100, or target / actual × 100 where lower is better — unrounded, and null only when lower
/// is better and the actual is 0: then the target is simply <see cref="Achieved"/> ("behaald"). With status
/// Hidden the actual is protected, so neither percentage nor achievement may be shown.
/// </summary>
public sealed record Attainment(FigureStatus Status, decimal? Percent, decimal Target, bool Achieved);
