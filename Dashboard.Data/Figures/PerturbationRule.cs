namespace Dashboard.Data.Figures;

/// <summary>
/// How cell-key perturbation shifts a figure for a protected viewer (see <see cref="Protection.CellKeyPerturbation"/>
/// and docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken), so that a total minus its visible groups, or one filter
/// minus a slightly wider one, no longer gives a hidden value away.
/// </summary>
public enum PerturbationRule
{
    /// <summary>Shown as computed: sales are not about people.</summary>
    None,

    /// <summary>
    /// A mean of people figures, rounded to one decimal: with all its digits, the exact number of trajectories it is a
    /// mean over could be worked back (the one count in the ±2 window for which mean × count is a whole number).
    /// </summary>
    Rounded,

    /// <summary>A count, shifted by −2 … +2 by the cell key of the records it counts; never below k.</summary>
    Count,

    /// <summary>A rate of a perturbed numerator (capped at the denominator) and a perturbed denominator, each a cell of its own records.</summary>
    Rate,

    /// <summary>A sum of hours, shifted by −5 … +5 % by the cell key of its trajectories and rounded to 10 hours.</summary>
    Hours,

    /// <summary>Computed by its formula from the perturbed figures it is derived from.</summary>
    FromPerturbed,
}
