using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// The sales totals of one calendar month per day, practice and category, ordered by day, so that the days of the month
/// a period cuts through are one slice. Read from sales_daily the first time a period cuts through it (see
/// <see cref="SnapshotCache.DaysOf"/>). Each fact carries its month, as a row of sales_monthly does: the calculator adds
/// it to the month's group like any monthly total.
/// </summary>
public sealed class MonthDays
{
    private readonly SalesFact[] _facts;
    private readonly int[] _starts;

    /// <param name="month">The first day of the month.</param>
    /// <param name="days">The totals, in any order, of a practice, a day of the month (1–31) and a category.</param>
    public MonthDays(DateOnly month, IReadOnlyCollection<(long Practice, int Day, SalesSums Sums)> days)
    {
        Month = new DateOnly(month.Year, month.Month, 1);
        // A counting sort by day: _starts[d - 1] is where day d's facts begin, _starts[d] where they end.
        _starts = new int[DateTime.DaysInMonth(Month.Year, Month.Month) + 1];
        foreach (var (_, day, _) in days)
        {
            _starts[day]++;
        }
        for (var d = 1; d < _starts.Length; d++)
        {
            _starts[d] += _starts[d - 1];
        }
        _facts = new SalesFact[days.Count];
        var next = _starts[..^1];
        foreach (var (practice, day, sums) in days)
        {
            _facts[next[day - 1]++] = new SalesFact(practice, Month, sums);
        }
    }

    public DateOnly Month { get; }

    /// <summary>The totals of the days of <paramref name="part"/>, a period inside this month.</summary>
    public ReadOnlyMemory<SalesFact> Within(Period part)
    {
        if (part.From < Month || part.To > Month.AddMonths(1).AddDays(-1))
        {
            throw new ArgumentOutOfRangeException(nameof(part), part, $"not inside {Month:yyyy-MM}");
        }
        var start = _starts[part.From.Day - 1];
        return _facts.AsMemory(start, _starts[part.To.Day] - start);
    }
}
