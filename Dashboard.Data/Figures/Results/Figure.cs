namespace Dashboard.Data.Figures.Results;

/// <summary>
/// One indicator's figure as a viewer may see it: its value only when <see cref="Status"/> is Ok, and the
/// number of source rows behind it (for "hoe berekend?") — null where telling it could give a protected
/// count away.
/// </summary>
public sealed record Figure(IndicatorCode Code, FigureStatus Status, decimal? Value, long? SourceRows)
{
    public Indicator Indicator => IndicatorCatalogue.Get(Code);

    public bool HasValue => Status == FigureStatus.Ok;
}
