namespace Dashboard.Data.Figures.Results;

/// <summary>How a figure may be shown (docs/indicatoren.md#regels-voor-elk-cijfer): as its value, or in words.</summary>
public enum FigureStatus
{
    /// <summary>Shown as its value.</summary>
    Ok,

    /// <summary>Small-cell protection: "&lt;5" for a count, "afgeschermd" otherwise.</summary>
    Hidden,

    /// <summary>"geen gegevens": a ratio or mean whose denominator is zero.</summary>
    NoData,

    /// <summary>"n.v.t.": the figure does not apply, e.g. revenue under a target-group filter.</summary>
    NotApplicable,
}
