using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Sales;

/// <summary>sales_monthly and sales_daily must equal the raw sales rows after every kind of write (docs/prestaties.md#ontwerp: kept inside each import's transaction).</summary>
public class SalesAggregatesTests
{
    private static long Import(TestInstallation install, string name, IEnumerable<SaleRow> rows, bool replace = false) =>
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, name, SaleRow.File(rows), replace)).BatchId!.Value;

    /// <summary>Hand-computed: what each column of sales_monthly sums, with a refund and rows without weight or receipts.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Monthly_totals_hold_the_raw_sums_per_practice_month_and_category(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        Import(install, "v.csv",
        [
            new SaleRow { Date = "01-03-2025", Category = "kleding_textiel", Revenue = "10,00", Items = "4", Weight = "1,6", Transactions = "2" },
            new SaleRow { Date = "15-03-2025", Category = "kleding_textiel", Revenue = "5,50", Items = "3", Weight = "", Transactions = "" },
            new SaleRow { Date = "31-03-2025", Category = "kleding_textiel", Revenue = "-2,25", Items = "-1", Weight = "", Transactions = "1" },
            new SaleRow { Date = "20-03-2025", Category = "meubels", Revenue = "€ 1.250,00", Items = "", Weight = "", Transactions = "" },
            new SaleRow { Date = "01-04-2025", Category = "kleding_textiel", Revenue = "7,00", Items = "2", Weight = "0,8", Transactions = "1" },
        ]);

        Assert.Equal(
        [
            // month|category|revenue|items|weight_g|items_without_weight|revenue_with_transactions|transactions|rows
            "2025-03|kleding_textiel|1325|6|1600|2|775|3|3",
            "2025-03|meubels|125000|0|0|0|0|0|1",
            "2025-04|kleding_textiel|700|2|800|0|700|1|1",
        ],
            install.Lines("SELECT month, category, revenue_cents, items, weight_g, items_without_weight, revenue_cents_with_transactions, transactions, row_count FROM sales_monthly ORDER BY month, category"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    /// <summary>Hand-computed: two rows of one day add up, another day and category stay apart; a second file adds to a day.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Day_totals_hold_the_raw_sums_per_practice_day_and_category(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        Import(install, "v.csv",
        [
            new SaleRow { Date = "01-03-2025", Category = "kleding_textiel", Revenue = "10,00", Items = "4", Weight = "1,6", Transactions = "2" },
            new SaleRow { Date = "01-03-2025", Category = "kleding_textiel", Revenue = "-2,25", Items = "-1", Weight = "", Transactions = "" },
            new SaleRow { Date = "01-03-2025", Category = "meubels", Revenue = "5,50", Items = "3", Weight = "", Transactions = "1" },
            new SaleRow { Date = "02-03-2025", Category = "kleding_textiel", Revenue = "7,00", Items = "2", Weight = "0,8", Transactions = "1" },
        ]);
        Import(install, "v2.csv", [new SaleRow { Store = "ZWO", Practice = "TEXT", Date = "02-03-2025", Category = "kleding_textiel", Revenue = "1,00", Items = "1", Weight = "", Transactions = "" }]);

        Assert.Equal(
        [
            // day|category|revenue|items|weight_g|items_without_weight|revenue_with_transactions|transactions|rows
            "2025-03-01|kleding_textiel|775|3|1600|-1|1000|2|2",
            "2025-03-01|meubels|550|3|0|3|550|1|1",
            "2025-03-02|kleding_textiel|100|1|0|1|0|0|1",
            "2025-03-02|kleding_textiel|700|2|800|0|700|1|1",
        ],
            SalesMonthlyCheck.DayLines(install).Select(l => string.Join('|', l.Split('|').Skip(1))).Order(StringComparer.Ordinal));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    /// <summary>An installation from before sales_daily gets its day totals from the sales it holds when it is migrated.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Migrating_a_database_with_sales_fills_the_day_totals(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        Import(install, "voorjaar.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 2, 20), new(2025, 4, 10)).Concat(SaleRow.Days("ZWO", "TEXT", new(2025, 3, 1), new(2025, 3, 31))));
        using (var connection = install.Database.Open())
        {
            // As the database was before migration 018.
            connection.Execute("DROP TABLE sales_daily");
            connection.Execute(provider == DatabaseProvider.Sqlite ? "PRAGMA user_version = 17" : "DELETE FROM schema_version WHERE version >= 18");
        }

        install.Database.Migrate();

        Assert.Equal(Database.SchemaVersion, install.Database.CurrentVersion());
        Assert.NotEqual(0, install.Count("sales_daily"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Monthly_totals_equal_the_raw_rows_after_import_replace_undo_and_re_import(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var spring = SaleRow.File(SaleRow.Days("AAN", "WINKEL", new(2025, 2, 20), new(2025, 4, 10)).Concat(SaleRow.Days("AAN", "REST", new(2025, 3, 1), new(2025, 3, 31))));
        var springBatch = ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "voorjaar.csv", spring)).BatchId!.Value;
        SalesMonthlyCheck.AssertMatchesSales(install);

        var zwolle = Import(install, "zwolle.csv", SaleRow.Days("ZWO", "TEXT", new(2025, 3, 1), new(2025, 5, 31)));
        SalesMonthlyCheck.AssertMatchesSales(install);

        // A replace across a month boundary, in one pair only, with refunds and rows without weight.
        var correction = Import(install, "correctie.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 3, 25), new(2025, 4, 5), variant: 5), replace: true);
        SalesMonthlyCheck.AssertMatchesSales(install);

        // A second replace over the first one's rows and over original rows.
        var second = Import(install, "correctie-2.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 3, 1), new(2025, 3, 28), variant: 9), replace: true);
        SalesMonthlyCheck.AssertMatchesSales(install);

        Assert.True(install.Undo.Undo(second).Succeeded);
        SalesMonthlyCheck.AssertMatchesSales(install);
        Assert.True(install.Undo.Undo(correction).Succeeded);
        SalesMonthlyCheck.AssertMatchesSales(install);
        Assert.True(install.Undo.Undo(zwolle).Succeeded);
        SalesMonthlyCheck.AssertMatchesSales(install);
        Assert.True(install.Undo.Undo(springBatch).Succeeded);
        Assert.Equal(0, install.Count("sales_monthly"));
        Assert.Equal(0, install.Count("sales_daily"));

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "voorjaar.csv", spring));
        SalesMonthlyCheck.AssertMatchesSales(install);
        Assert.NotEqual(0, install.Count("sales_monthly"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_refused_import_leaves_the_totals_as_they_were(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        Import(install, "maart.csv", SaleRow.Days("AAN", "WINKEL", new(2025, 3, 1), new(2025, 3, 31)));
        var before = install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3");
        var daysBefore = SalesMonthlyCheck.DayLines(install);

        ImportAssert.Refused(install.Import(ImportKind.Verkopen, "april.csv",
            SaleRow.File([.. SaleRow.Days("AAN", "WINKEL", new(2025, 4, 1), new(2025, 4, 30)), new SaleRow { Date = "01-05-2025", Category = "kleren" }])));

        Assert.Equal(before, install.Lines("SELECT * FROM sales_monthly ORDER BY 1, 2, 3"));
        Assert.Equal(daysBefore, SalesMonthlyCheck.DayLines(install));
    }
}
