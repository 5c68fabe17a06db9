namespace Dashboard.Data.Figures;

/// <summary>
/// How targets (streefwaarden) treat a figure (see <see cref="Targets.TargetAttainment"/>): whether it can have one,
/// whether the targets of several practices add up for a view of them together, and whether the year's target is
/// prorated over year to date.
/// </summary>
public enum TargetRule
{
    /// <summary>No target: more or less is not better or worse.</summary>
    None,

    /// <summary>A level — a rate, mean or ratio: the year's target holds for any part of the year; targets of several practices do not add up.</summary>
    Level,

    /// <summary>
    /// A level that adds up over practices — work-learning places: the practices' targets add up, but the year's target
    /// holds for any part of the year (10 fte from January to March meets a target of 10 fte).
    /// </summary>
    LevelAddingUp,

    /// <summary>An amount that builds up over the year — counts and sums: prorated over year to date; the practices' targets add up.</summary>
    Amount,
}
