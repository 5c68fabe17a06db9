using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Results;

/// <summary>
/// The figures of one group of a breakdown (or of the total): its key as the command line writes it
/// (organisation name, store code, WINKEL/PRAKTIJK, a code, onbekend, jjjj-mm …), a label to show, and the
/// period it covers (a month group is clipped to the period).
/// </summary>
public sealed record IndicatorGroup(string Key, string Label, Period Period, IReadOnlyDictionary<IndicatorCode, Figure> Figures)
{
    public Figure this[IndicatorCode code] => Figures[code];
}
