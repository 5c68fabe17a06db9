namespace Dashboard.Data.Figures.Results;

/// <summary>
/// One indicator's figure as a viewer may see it: its value only when <see cref="Status"/> is Ok, and the
/// number of source rows behind it (for "hoe berekend?") — null where telling it could give a protected
/// count away. <see cref="Small"/>: hidden because it is itself a small number (shown as "&lt;5"), not because
/// another figure is hidden (shown as "afgeschermd": a count of 5 or more must never read as "&lt;5").
/// </summary>
public sealed record Figure(IndicatorCode Code, FigureStatus Status, decimal? Value, long? SourceRows, bool Small = false)
{
    public Indicator Indicator => IndicatorCatalogue.Get(Code);

    public bool HasValue => Status == FigureStatus.Ok;
}
