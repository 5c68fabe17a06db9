using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Figures.Comparison;

/// <summary>
/// The figures of a period beside those of the previous period and of the same period a year earlier
/// (docs/indicatoren.md#vergelijken), with the change of each figure; groups are matched by key (a store against itself).
/// </summary>
public sealed record ComparedTable(IndicatorTable Current, IndicatorTable Previous, IndicatorTable LastYear)
{
    public FigureChange FromPrevious(IndicatorCode code, string? groupKey = null) => Change(Previous, code, groupKey);

    public FigureChange FromLastYear(IndicatorCode code, string? groupKey = null) => Change(LastYear, code, groupKey);

    private FigureChange Change(IndicatorTable earlier, IndicatorCode code, string? groupKey)
    {
        var now = Find(Current, groupKey)?[code];
        var before = Find(earlier, groupKey)?[code];
        return now is null || before is null
            ? new FigureChange(FigureStatus.NotApplicable, null, null)
            : FigureChange.Between(now, before);
    }

    private static IndicatorGroup? Find(IndicatorTable table, string? groupKey) =>
        groupKey is null ? table.Total : table.Groups.FirstOrDefault(g => g.Key == groupKey);
}
