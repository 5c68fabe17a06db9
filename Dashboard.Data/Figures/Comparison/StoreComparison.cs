using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Comparison;

/// <summary>
/// One indicator across the stores in scope (docs/indicatoren.md#vergelijken): best first, hidden and missing values after the
/// ranked ones (never shown as zero), and the median of the stores that show a value. Counts and sums can
/// be normalised per active participant, per 1,000 participant hours or per m² of floor area; a value
/// normalised by a hidden P1 or P8 is hidden too.
/// </summary>
public sealed record StoreComparison(IndicatorCode Code, Normalisation Normalisation, IReadOnlyList<StoreComparisonRow> Rows, decimal? Median)
{
    /// <summary>Builds the comparison from two store breakdowns of the same filter: this period and the same period last year.</summary>
    public static StoreComparison From(IndicatorTable current, IndicatorTable lastYear, IndicatorCode code, Normalisation normalisation,
        IReadOnlyList<PracticeInfo> practices)
    {
        var indicator = IndicatorCatalogue.Get(code);
        if (normalisation != Normalisation.None && !indicator.CanBeNormalised)
        {
            throw new ArgumentException($"{code} is a rate or mean and cannot be normalised", nameof(normalisation));
        }
        var stores = practices.DistinctBy(p => p.StoreCode).ToDictionary(p => p.StoreCode);
        var lastYearGroups = lastYear.Groups.ToDictionary(g => g.Key);
        var rows = current.Groups.Select(group =>
        {
            var store = stores[group.Key];
            var figure = Normalise(group, code, normalisation, store.FloorAreaM2);
            var earlier = lastYearGroups.TryGetValue(group.Key, out var before)
                ? Normalise(before, code, normalisation, store.FloorAreaM2)
                : new Figure(code, FigureStatus.NotApplicable, null, null);
            return new StoreComparisonRow(store.StoreCode, store.StoreName, store.OrganisationName, figure, null, FigureChange.Between(figure, earlier));
        }).ToList();

        var lowerIsBetter = indicator.Direction == Direction.LowerIsBetter;
        var ranked = rows.Where(r => r.Figure.HasValue)
            .OrderBy(r => lowerIsBetter ? r.Figure.Value : -r.Figure.Value)
            .ThenBy(r => r.StoreCode, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();
        var unranked = rows.Where(r => !r.Figure.HasValue).OrderBy(r => r.StoreCode, StringComparer.Ordinal);
        return new StoreComparison(code, normalisation, [.. ranked, .. unranked], MedianOf(ranked.Select(r => r.Figure.Value!.Value).ToList()));
    }

    /// <summary>The middle value of the sorted values, or the mean of the middle two; null without values.</summary>
    public static decimal? MedianOf(IReadOnlyList<decimal> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    /// <summary>
    /// A group's figure per active participant, per 1,000 participant hours or per m² (docs/indicatoren.md#vergelijken): hidden
    /// with a hidden divisor, "geen gegevens" with a divisor of 0 or none.
    /// </summary>
    internal static Figure Normalise(IndicatorGroup group, IndicatorCode code, Normalisation normalisation, decimal? floorArea)
    {
        var figure = group[code];
        if (normalisation == Normalisation.None || figure.Status is FigureStatus.NotApplicable or FigureStatus.NoData)
        {
            return figure;
        }
        var (divisor, factor) = normalisation switch
        {
            Normalisation.PerParticipant => (group[IndicatorCode.P1], 1m),
            Normalisation.PerThousandParticipantHours => (group[IndicatorCode.P8], 1000m),
            _ => (new Figure(code, floorArea is null ? FigureStatus.NoData : FigureStatus.Ok, floorArea, 0), 1m),
        };
        if (figure.Status == FigureStatus.Hidden || divisor.Status == FigureStatus.Hidden)
        {
            return figure with { Status = FigureStatus.Hidden, Value = null };
        }
        if (divisor.Value is not > 0)
        {
            return figure with { Status = FigureStatus.NoData, Value = null };
        }
        return figure with { Value = figure.Value * factor / divisor.Value };
    }
}
