namespace Dashboard.Data.Figures.Data;

/// <summary>
/// Sales totals of one practice and category in a month: a row of sales_monthly (the whole month), or the totals of one
/// day of a month a period cuts through (<see cref="MonthDays"/>), which carry their month too. A small value kept by the
/// hundred thousand in the <see cref="SectorSnapshot"/>, so it holds whole numbers, not decimals.
/// </summary>
public readonly record struct SalesFact(long PracticeId, DateOnly Month, SalesSums Sums);
