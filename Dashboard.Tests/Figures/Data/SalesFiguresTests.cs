using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Data;

/// <summary>
/// E1, E3 and M1–M3 end to end: sales imported through the real importer, figures from <see cref="IndicatorService"/>
/// (whole months from sales_monthly, cut months from the day totals of their raw rows), compared with hand-computed values and with the
/// same figures computed per row from the raw `sales` table in SQL — for periods with and without partial months.
/// </summary>
public class SalesFiguresTests
{
    private static readonly IndicatorCode[] SalesCodes = [IndicatorCode.E1, IndicatorCode.E3, IndicatorCode.M1, IndicatorCode.M2, IndicatorCode.M3];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Hand_made_receipt_lines_for_15_March_to_10_May(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(
            new SaleRow { Date = "14-03-2025", Category = "kleding_textiel", Revenue = "50,00", Items = "10", Weight = "4,0", Transactions = "5" }, // before
            new SaleRow { Date = "15-03-2025", Category = "kleding_textiel", Revenue = "20,00", Items = "8", Weight = "", Transactions = "4" },
            new SaleRow { Date = "31-03-2025", Category = "meubels", Revenue = "150,00", Items = "2", Weight = "60,0", Transactions = "2" },
            new SaleRow { Date = "01-04-2025", Category = "overig", Revenue = "40,00", Items = "", Weight = "", Transactions = "" },
            new SaleRow { Date = "10-04-2025", Category = "boeken_media", Revenue = "12,00", Items = "6", Weight = "", Transactions = "" },
            new SaleRow { Date = "20-04-2025", Category = "huisraad", Revenue = "-5,00", Items = "-1", Weight = "-0,8", Transactions = "1" },
            new SaleRow { Date = "10-05-2025", Category = "speelgoed", Revenue = "8,00", Items = "5", Weight = "", Transactions = "2" },
            new SaleRow { Date = "11-05-2025", Category = "kleding_textiel", Revenue = "30,00", Items = "3", Weight = "1,2", Transactions = "1" }, // after
            new SaleRow { Date = "20-03-2025", Practice = "REST", Category = "horeca", Revenue = "90,00", Items = "18", Weight = "9,0", Transactions = "" },
            new SaleRow { Date = "05-04-2025", Practice = "REST", Category = "horeca", Revenue = "200,00", Items = "40", Weight = "", Transactions = "31" }));
        // 35 hours a week at the shop floor all along: P8 = 35 × 57 days / 7 = 285.
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(new TrajectoryRow { Practice = "WINKEL", Start = "01-01-2025", Hours = "35" }));

        var total = Service(install).Calculate(new IndicatorFilter(Period("2025-03-15", "2025-05-10")), null, ViewerProfile.Exact).Total;

        // E1: 20 + 150 + 40 + 12 − 5 + 8 + 90 + 200 = 515 (the refund subtracts; 14 March and 11 May are outside)
        FigureAssert.Value(515m, total, IndicatorCode.E1);
        // E3: rows with receipts only: (20 + 150 − 5 + 8 + 200) / (4 + 2 + 1 + 2 + 31) = 373 / 40
        FigureAssert.Value(9.325m, total, IndicatorCode.E3);
        // M1: 8 + 2 + 6 − 1 + 5 = 20; the day total without items adds nothing; 18 + 40 horeca items do not count
        FigureAssert.Value(20m, total, IndicatorCode.M1);
        // M2: 8 × 0.4 (no weight) + 60.0 + 6 × 0.5 (no weight) − 0.8 (refund) + 5 × 0.8 (no weight) = 3.2 + 60 + 3 − 0.8 + 4
        //     = 69.4; the 9 kg of food is not reused
        FigureAssert.Value(69.4m, total, IndicatorCode.M2);
        // M3: 69.4 × 1.0
        FigureAssert.Value(69.4m, total, IndicatorCode.M3);
        // E2 = E1 / P8 = 515 / 285
        FigureAssert.Value(285m, total, IndicatorCode.P8);
        FigureAssert.Value(515m / 285m, total, IndicatorCode.E2);
        // The same from the raw rows.
        AssertMatchesRawRows(install, total, Period("2025-03-15", "2025-05-10"), null);

        // April alone, a whole month from sales_monthly: E1 40 + 12 − 5 + 200 = 247; E3 (−5 + 200) / (1 + 31) = 6.09375;
        // M1 6 − 1 = 5; M2 3 − 0.8 = 2.2.
        var april = Service(install).Calculate(new IndicatorFilter(Period("2025-04-01", "2025-04-30")), null, ViewerProfile.Exact).Total;
        Assert.Equal(["247", "6.09375", "5", "2.2", "2.2"], SalesCodes.Select(c => FigureAssert.Text(april[c])));
    }

    public static readonly TheoryData<string, string> Periods = new()
    {
        { "2025-03-15", "2025-05-10" }, // cut March, whole April, cut May
        { "2025-04-01", "2025-04-30" }, // one whole month
        { "2025-03-01", "2025-05-31" }, // whole months only
        { "2025-04-05", "2025-04-25" }, // inside one month
        { "2025-03-31", "2025-04-01" }, // the last day of one month and the first of the next
        { "2025-02-20", "2025-06-10" }, // all the data, both edge months cut
        { "2025-01-01", "2025-12-31" }, // a year with months without sales
        { "2024-12-15", "2025-03-14" }, // over the year boundary
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void Aggregates_and_raw_rows_give_the_same_figures(string from, string to)
    {
        using var install = WithRealisticSales();
        var period = Period(from, to);

        var table = Service(install).Calculate(new IndicatorFilter(period), Dimension.Practice, ViewerProfile.Exact);

        AssertMatchesRawRows(install, table.Total, period, null);
        foreach (var group in table.Groups)
        {
            var (store, practice) = (group.Key.Split('/')[0], group.Key.Split('/')[1]);
            AssertMatchesRawRows(install, group, period, PracticeId(install, store, practice));
        }
    }

    [Fact]
    public void A_month_breakdown_of_a_cut_period_matches_the_raw_rows_of_each_clipped_month()
    {
        using var install = WithRealisticSales();

        var table = Service(install).Calculate(new IndicatorFilter(Period("2025-03-15", "2025-05-10")), Dimension.Month, ViewerProfile.Exact);

        Assert.Equal(["2025-03", "2025-04", "2025-05"], table.Groups.Select(g => g.Key));
        foreach (var group in table.Groups)
        {
            AssertMatchesRawRows(install, group, group.Period, null);
        }
        // The parts add up to the whole.
        foreach (var code in new[] { IndicatorCode.E1, IndicatorCode.M1, IndicatorCode.M2, IndicatorCode.M3 })
        {
            Assert.Equal(table.Total[code].Value, table.Groups.Sum(g => g[code].Value));
        }
    }

    [Fact]
    public void The_sales_totals_use_every_stored_row_of_the_period_once()
    {
        using var install = WithRealisticSales();
        using var connection = install.Database.Open();

        var practices = install.Query<long>("SELECT COUNT(*) FROM practices");
        var allPractices = Enumerable.Range(1, (int)practices).Select(i => (long)i).ToList();

        // April is whole: from sales_monthly; 15–31 March and 1–10 May from the day totals of those months' raw rows.
        var facts = SectorSnapshot.Load(connection).MonthlySales.Where(f => f.Month == Day("2025-04-01"))
            .Concat(SalesTotalsQuery.Days(connection, Day("2025-03-01"), allPractices).Within(Period("2025-03-15", "2025-03-31")).ToArray())
            .Concat(SalesTotalsQuery.Days(connection, Day("2025-05-01"), allPractices).Within(Period("2025-05-01", "2025-05-10")).ToArray())
            .ToList();

        Assert.Equal(install.Query<long>("SELECT COUNT(*) FROM sales WHERE sale_date BETWEEN '2025-03-15' AND '2025-05-10'"), facts.Sum(f => f.Sums.Rows));
        Assert.Equal([Day("2025-03-01"), Day("2025-04-01"), Day("2025-05-01")], facts.Select(f => f.Month).Distinct().Order());
    }

    [Fact]
    public void A_changed_average_weight_changes_M2_without_a_new_import()
    {
        using var install = WithRealisticSales();
        var service = Service(install);
        var period = new IndicatorFilter(Period("2025-03-15", "2025-05-10"));
        var before = service.Calculate(period, null, ViewerProfile.Exact).Total[IndicatorCode.M2].Value;
        // Furniture rows in this data never give a weight: every one of them counts 25 kg per item.
        var furnitureItems = install.Query<long>(
            "SELECT SUM(items) FROM sales WHERE category = 'meubels' AND weight_g IS NULL AND sale_date BETWEEN '2025-03-15' AND '2025-05-10'");

        // Saved on another settings store, as another server (or the settings page) would.
        var elsewhere = new SettingsStore(install.Database);
        var furniture = elsewhere.Load().Categories["meubels"];
        elsewhere.SaveCategories([furniture with { AverageWeightKg = 30 }]);

        Assert.Equal(before + furnitureItems * 5m, service.Calculate(period, null, ViewerProfile.Exact).Total[IndicatorCode.M2].Value);
    }

    /// <summary>
    /// About 1,300 rows: receipt lines with and without weight and receipts, refunds and day totals (see
    /// <see cref="SaleRow.Days"/>) at two practices from 20 February to 10 June 2025, a third from March, and food and
    /// drink at the restaurant.
    /// </summary>
    internal static TestInstallation WithRealisticSales()
    {
        var install = new TestInstallation().WithStandardStores();
        var horeca = Enumerable.Range(0, 100).Select(i => Day("2025-02-25").AddDays(i)).Select(d => new SaleRow
        {
            Date = d.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture), Practice = "REST", Category = "horeca",
            Revenue = $"{d.Day * 3},{d.Month * 7 % 100:00}", Items = $"{d.Day % 9 + 1}", Weight = d.Day % 2 == 0 ? "1,5" : "",
            Transactions = d.Day % 3 == 0 ? "" : $"{d.Day % 5 + 1}",
        });
        install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(
            SaleRow.Days("AAN", "WINKEL", Day("2025-02-20"), Day("2025-06-10"))
                .Concat(SaleRow.Days("BLE", "FIETS", Day("2025-02-20"), Day("2025-06-10"), variant: 3))
                .Concat(SaleRow.Days("ZWO", "TEXT", Day("2025-03-01"), Day("2025-05-31"), variant: 5))
                .Concat(horeca)));
        return install;
    }

    /// <summary>Per row, as docs/indicatoren.md#geld and docs/indicatoren.md#milieu defines it, summed in SQL over the raw `sales` table in integer cents and grams.</summary>
    private const string RawFigures =
        """
        SELECT COALESCE(SUM(s.revenue_cents), 0),
               COALESCE(SUM(CASE WHEN s.transactions IS NOT NULL THEN s.revenue_cents END), 0),
               COALESCE(SUM(s.transactions), 0),
               COALESCE(SUM(CASE WHEN s.category <> 'horeca' THEN s.items END), 0),
               COALESCE(SUM(s.grams), 0),
               COALESCE(SUM(s.grams * CAST(ROUND(s.co2_factor * 1000) AS INTEGER)), 0),
               COUNT(*)
        FROM (SELECT x.*, c.co2_factor,
                     CASE WHEN x.category = 'horeca' THEN 0
                          WHEN x.weight_g IS NOT NULL THEN x.weight_g
                          ELSE COALESCE(x.items, 0) * CAST(ROUND(c.avg_weight_kg * 1000) AS INTEGER) END AS grams
              FROM sales x JOIN category_settings c ON c.category = x.category) s
        WHERE s.sale_date BETWEEN @from AND @to AND (CAST(@practice AS BIGINT) IS NULL OR s.practice_id = @practice)
        """;

    private static void AssertMatchesRawRows(TestInstallation install, IndicatorGroup group, Period period, long? practice)
    {
        using var connection = install.Database.Open();
        var raw = connection.Query(RawFigures, r => (Cents: r.GetInt64(0), CentsWithReceipts: r.GetInt64(1), Receipts: r.GetInt64(2),
                Items: r.GetInt64(3), Grams: r.GetInt64(4), Co2Milligrams: r.GetInt64(5), Rows: r.GetInt64(6)), null,
            ("@from", IsoDate.Format(period.From)), ("@to", IsoDate.Format(period.To)),
            ("@practice", practice)).Single();

        var where = $"{group.Key} {period}";
        Assert.True(raw.Cents / 100m == group[IndicatorCode.E1].Value, $"E1 {where}: raw {raw.Cents / 100m}, shown {group[IndicatorCode.E1].Value}");
        decimal? e3 = raw.Receipts == 0 ? null : raw.CentsWithReceipts / 100m / raw.Receipts;
        Assert.True(e3 == group[IndicatorCode.E3].Value, $"E3 {where}: raw {e3}, shown {group[IndicatorCode.E3].Value}");
        Assert.True(raw.Items == group[IndicatorCode.M1].Value, $"M1 {where}: raw {raw.Items}, shown {group[IndicatorCode.M1].Value}");
        Assert.True(raw.Grams / 1000m == group[IndicatorCode.M2].Value, $"M2 {where}: raw {raw.Grams / 1000m}, shown {group[IndicatorCode.M2].Value}");
        Assert.True(raw.Co2Milligrams / 1000000m == group[IndicatorCode.M3].Value,
            $"M3 {where}: raw {raw.Co2Milligrams / 1000000m}, shown {group[IndicatorCode.M3].Value}");
        // "Hoe berekend?": the number of source rows is the number of sales rows in the period.
        Assert.True(raw.Rows == group[IndicatorCode.E1].SourceRows, $"E1 {where}: {raw.Rows} raw rows, {group[IndicatorCode.E1].SourceRows} source rows");
        // Guard against a vacuous comparison: the data set has sales in every period the theory asks about.
        Assert.True(practice is not null || raw.Cents != 0, $"no sales at all in {period}");
    }

    internal static IndicatorService Service(TestInstallation install) =>
        new(new SnapshotCache(install.Database), new SettingsStore(install.Database));

    internal static long PracticeId(TestInstallation install, string store, string practice) =>
        install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{practice}'");
}
