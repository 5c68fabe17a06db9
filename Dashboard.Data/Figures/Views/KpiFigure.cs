using System.Globalization;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Targets;

namespace Dashboard.Data.Figures.Views;

/// <summary>A figure as a card shows it: its value, its change against last year, its target attainment and "hoe berekend?".</summary>
public sealed record KpiFigure(Figure Figure, FigureChange ChangeFromLastYear, Attainment? Attainment, FigureExplanation Explanation)
{
    /// <summary>
    /// The card of <paramref name="code"/> for the whole of <paramref name="compared"/>: its total, the change against last
    /// year, the target attainment of the practices in scope, and the explanation in the filter's words.
    /// </summary>
    public static KpiFigure OfTotal(ComparedTable compared, IndicatorCode code, IReadOnlyList<PracticeInfo> inScope, IReadOnlyList<Target> targets,
        string filterWords, IReadOnlyList<PracticeInfo> practices, CultureInfo culture)
    {
        var table = compared.Current;
        return new KpiFigure(table.Total[code], compared.FromLastYear(code), TargetAttainment.For(table.Total[code], table.Filter, inScope, targets),
            FigureExplanation.For(table.Total[code], table.Total, table, filterWords, practices, culture));
    }
}
