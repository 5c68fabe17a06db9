using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.SocialValue;

namespace Dashboard.Data.Figures.Results;

/// <summary>
/// The figures of one group of a breakdown (or of the total): its key as the command line writes it
/// (organisation name, store code, WINKEL/PRAKTIJK, a code, onbekend, jjjj-mm …), a label to show, and the
/// period it covers (a month group is clipped to the period) — and, where the social value applies, that value row by row.
/// </summary>
public sealed record IndicatorGroup(string Key, string Label, Period Period, IReadOnlyDictionary<IndicatorCode, Figure> Figures)
{
    public Figure this[IndicatorCode code] => Figures[code];

    /// <summary>The social value row by row and the investments, as the viewer sees them; none where W1 and W2 are n.v.t.</summary>
    public GroupValue? Value { get; init; }
}
