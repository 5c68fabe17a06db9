using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Comparison;

/// <summary>One store in a comparison: its (normalised) figure, its rank among the stores shown, its change against last year.</summary>
public sealed record StoreComparisonRow(
    string StoreCode,
    string StoreName,
    string Organisation,
    Figure Figure,
    int? Rank,
    FigureChange ChangeFromLastYear);
