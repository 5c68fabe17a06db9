namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Sales totals of one practice, month and category, restricted to the days of that month inside the period asked
/// for: a row of sales_monthly, or of a month a period cuts through, summed from the raw rows. A small value kept by the
/// hundred thousand in the <see cref="SectorSnapshot"/>, so it holds whole numbers, not decimals.
/// </summary>
public readonly record struct SalesFact(long PracticeId, DateOnly Month, SalesSums Sums);
