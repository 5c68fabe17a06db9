using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.SocialValue;

/// <summary>
/// The social value of one group row by row, as the viewer sees it (docs/maatschappelijke-waarde.md#berekening): each
/// value-map row valued with its quantity and value — none for a row whose quantity is a hidden people figure — the
/// investments counted, and the discount rate. What "hoe berekend?", the waterfall, the value per stakeholder and the
/// value-map sheet show; the figures W1–W4 are the sums of the same values.
/// </summary>
public sealed record GroupValue(IReadOnlyList<RowFigure> Rows, IReadOnlyList<InvestmentShare> Investments, ValueMap Map)
{
    /// <summary>Whether a row's value is hidden, so that every sum of rows is too.</summary>
    public bool AnyHidden => Rows.Any(r => r.Value is null);

    /// <summary>From gross value to present value over every row; none when a row is hidden.</summary>
    public Waterfall? Waterfall => AnyHidden ? null : Rows.Aggregate(Waterfall.Zero, (sum, r) => sum + r.Value!.Waterfall);

    /// <summary>
    /// The present value per stakeholder, as first spelled in map order (grouped case-insensitively); a stakeholder with a
    /// hidden row has none.
    /// </summary>
    public IReadOnlyList<(string Stakeholder, decimal? PresentValue)> ByStakeholder() =>
        Rows.GroupBy(r => r.Row.Stakeholder.ToUpperInvariant())
            .Select(g => (g.First().Row.Stakeholder, g.Any(r => r.Value is null) ? (decimal?)null : g.Sum(r => r.Value!.PresentValue)))
            .ToList();
}

/// <summary>A value-map row in a group: its value for the quantity the viewer sees, or none when that quantity is hidden.</summary>
public sealed record RowFigure(ValueMapRow Row, RowValue? Value)
{
    public FigureStatus Status => Value is null ? FigureStatus.Hidden : FigureStatus.Ok;
}
