using System.Globalization;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Sector;

/// <summary>Whether a sector comparison can be shown, and if not, why (docs/sector.md#sectorvergelijking).</summary>
public enum SectorStatus
{
    /// <summary>The distribution of the others, with the organisation's own value where it is shown.</summary>
    Shown,

    /// <summary>Fewer other organisations count than the setting asks (at least 7): nothing of the others is shown.</summary>
    TooFew,

    /// <summary>The organisation does not take part: it is in no one's distribution and sees none itself.</summary>
    NotTakingPart,

    /// <summary>The organisation has no practice of the chosen kind.</summary>
    NoPractice,

    /// <summary>The figure is not compared: the social value (SROI ratios of different organisations are not comparable).</summary>
    NotOffered,
}

/// <summary>
/// One organisation's figure among the other organisations that take part (docs/sector.md#sectorvergelijking): how many others
/// count, their 25th percentile, median and 75th percentile, and the organisation's own value and quarter. Never another
/// organisation's name, value, minimum or maximum: only these are kept.
/// </summary>
public sealed record SectorPosition(
    IndicatorCode Code,
    long OrganisationId,
    string OrganisationName,
    string? PracticeKind,
    Period Period,
    SectorStatus Status,
    int Others,
    decimal? P25,
    decimal? Median,
    decimal? P75,
    Figure Own,
    bool Normalised)
{
    public Indicator Indicator => IndicatorCatalogue.Get(Code);

    /// <summary>The fewest other organisations that must count (the installation's setting, never below 7).</summary>
    public int MinOthers { get; init; } = Settings.IndicatorSettings.MinSectorOthers;

    /// <summary>The quarter the own value falls in: 1 up to P25, 2 up to the median, 3 up to P75, else 4; none without both.</summary>
    public int? Quarter => Status == SectorStatus.Shown && Own.HasValue && P25 is { } p25 && Median is { } median && P75 is { } p75
        ? SectorStatistics.Quarter(Own.Value!.Value, p25, median, p75)
        : null;

    /// <summary>A percentile or the own value as it reads: "23,4%", "€ 12,50", or three significant digits when normalised.</summary>
    public string Format(decimal value, CultureInfo culture) =>
        Normalised ? FigureFormat.Normalised(value, culture) : FigureFormat.Number(Code, value, culture);
}
