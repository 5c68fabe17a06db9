using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using static Dashboard.Tests.Figures.Data.SalesFiguresTests;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Data;

/// <summary>
/// What the figures read is read again after every change of the data, and only then: the snapshot, and the day totals of
/// a month a period cuts through.
/// </summary>
public class SnapshotCacheTests
{
    [Fact]
    public void The_day_totals_of_a_cut_month_are_read_once_per_change_of_the_data()
    {
        using var install = WithRealisticSales();
        var cache = new SnapshotCache(install.Database);
        var snapshot = cache.Get();

        var march = cache.DaysOf(snapshot, Day("2025-03-20"));
        Assert.Same(march, cache.DaysOf(snapshot, Day("2025-03-01")));
        Assert.Equal(RawRows(install, "2025-03-15", "2025-03-31"), Rows(march, "2025-03-15", "2025-03-31"));

        install.ImportOk(ImportKind.Verkopen, "nog-een-dag.csv", SaleRow.File(
            new SaleRow { Date = "20-03-2025", Store = "ZWO", Practice = "WINKEL", Category = "overig", Revenue = "10,00", Items = "1", Weight = "", Transactions = "1" },
            new SaleRow { Date = "21-03-2025", Store = "ZWO", Practice = "WINKEL", Category = "overig", Revenue = "11,00", Items = "1", Weight = "", Transactions = "1" }));

        var changed = cache.Get();
        Assert.NotSame(snapshot, changed);
        var marchAgain = cache.DaysOf(changed, Day("2025-03-20"));
        Assert.NotSame(march, marchAgain);
        Assert.Equal(Rows(march, "2025-03-15", "2025-03-31") + 2, Rows(marchAgain, "2025-03-15", "2025-03-31"));
        // Figures still being made from the old snapshot read the month afresh, and it is not kept for them.
        Assert.NotSame(cache.DaysOf(snapshot, Day("2025-03-20")), cache.DaysOf(snapshot, Day("2025-03-20")));
    }

    [Fact]
    public void Day_totals_read_after_the_data_moved_on_are_not_kept_for_the_snapshot_before()
    {
        using var install = WithRealisticSales();
        var cache = new SnapshotCache(install.Database);
        var snapshot = cache.Get();
        install.ImportOk(ImportKind.Verkopen, "nog-een-dag.csv", SaleRow.File(
            new SaleRow { Date = "20-03-2025", Store = "ZWO", Practice = "WINKEL", Category = "overig", Revenue = "10,00", Items = "1", Weight = "", Transactions = "1" }));

        // Nobody has asked for the new snapshot yet: the month is read from the newer data, and not kept with the old one.
        Assert.NotSame(cache.DaysOf(snapshot, Day("2025-03-20")), cache.DaysOf(snapshot, Day("2025-03-20")));
    }

    [Fact]
    public void Warming_up_reads_ahead_the_months_the_default_view_and_its_comparisons_cut()
    {
        using var install = WithRealisticSales();
        var cache = new SnapshotCache(install.Database);
        var indicators = new IndicatorService(cache, new SettingsStore(install.Database));
        // The data ends on 10 June 2025: the year to date cuts June, the previous period (as many days before it, from
        // 24 July 2024) cuts July 2024, and last year's cuts June 2024.
        Assert.Equal(Period("2025-01-01", "2025-06-10"), indicators.DefaultPeriod(Day("2026-11-28")));

        indicators.WarmUp(Day("2026-11-28"));

        // Rows changed behind the cache's back (no new data version) show only in what was not read ahead.
        using (var connection = install.Database.Open())
        {
            connection.Execute("UPDATE sales SET revenue_cents = revenue_cents + 100 WHERE sale_date BETWEEN '2025-06-01' AND '2025-06-10'");
        }
        var june = indicators.Calculate(new IndicatorFilter(Period("2025-06-01", "2025-06-09")), null, ViewerProfile.Exact);
        Assert.Equal(RawRevenue(install, "2025-06-01", "2025-06-09") - Rows(cache.DaysOf(cache.Get(), Day("2025-06-01")), "2025-06-01", "2025-06-09"),
            june.Total[IndicatorCode.E1].Value);
    }

    private static long Rows(MonthDays days, string from, string to) => days.Within(Period(from, to)).ToArray().Sum(f => f.Sums.Rows);

    private static long RawRows(TestInstallation install, string from, string to) =>
        install.Query<long>($"SELECT COUNT(*) FROM sales WHERE sale_date BETWEEN '{from}' AND '{to}'");

    private static decimal RawRevenue(TestInstallation install, string from, string to) =>
        install.Query<long>($"SELECT SUM(revenue_cents) FROM sales WHERE sale_date BETWEEN '{from}' AND '{to}'") / 100m;
}
