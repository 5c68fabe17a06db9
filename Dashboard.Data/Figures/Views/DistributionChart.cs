namespace Dashboard.Data.Figures.Views;

/// <summary>
/// The sector position as an exported chart (docs/weergave-en-export.md#sectorvergelijking): the sentence, and — only when the
/// position is shown — the box from P25 to P75 with the median and the own value marked. It holds what the position holds and
/// nothing else: never another organisation's value, minimum or maximum.
/// </summary>
public sealed record DistributionChart(string Sentence, string? Distribution, DistributionBox? Box);

/// <summary>The quartiles of the others and the own value, each with the words it is labelled with ("24,1%").</summary>
public sealed record DistributionBox(decimal P25, decimal Median, decimal P75, decimal? Own, string P25Label, string MedianLabel, string P75Label,
    string? OwnLabel);
