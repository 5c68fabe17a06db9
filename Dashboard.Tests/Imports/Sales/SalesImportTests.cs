using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Sales;

public class SalesImportTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March31 = new(2025, 3, 31);

    private static ImportOutcome Import(TestInstallation install, string name, IEnumerable<SaleRow> rows, bool replace = false) =>
        install.Import(ImportKind.Verkopen, name, SaleRow.File(rows), replace);

    private static IEnumerable<SaleRow> Days(string store, string practice, DateOnly first, DateOnly last, int variant = 0) =>
        SaleRow.Days(store, practice, first, last, variant);

    private const string StoredSales =
        "SELECT s.batch_id, p.code, s.sale_date, s.category, s.revenue_cents, COALESCE(CAST(s.items AS TEXT), '-'), COALESCE(CAST(s.weight_g AS TEXT), '-'), COALESCE(CAST(s.transactions AS TEXT), '-') " +
        "FROM sales s JOIN practices p ON p.id = s.practice_id ORDER BY p.code, s.sale_date, s.category, s.revenue_cents";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_sales_with_their_ranges(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var rows = Days("AAN", "WINKEL", March1, March31).Concat(Days("AAN", "REST", new(2025, 3, 10), new(2025, 3, 12))).ToList();

        var outcome = ImportAssert.Succeeded(Import(install, "maart.csv", rows));

        Assert.Equal(rows.Count, install.Count("sales"));
        Assert.Equal(
            [new SalesRange("AAN", "REST", new(2025, 3, 10), new(2025, 3, 12), rows.Count(r => r.Practice == "REST"), 0),
             new SalesRange("AAN", "WINKEL", March1, March31, rows.Count(r => r.Practice == "WINKEL"), 0)],
            outcome.Summary!.SalesRanges);
        Assert.Equal(
            [$"{outcome.BatchId}|2025-03-10|2025-03-12", $"{outcome.BatchId}|2025-03-01|2025-03-31"],
            install.Lines("SELECT batch_id, first_date, last_date FROM sales_batch_ranges ORDER BY first_date DESC"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Identical_bytes_are_refused_the_second_time_even_under_another_name_and_with_replace(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = SaleRow.File(Days("AAN", "WINKEL", March1, March31));
        var first = ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "maart.csv", content));
        var before = install.Snapshot();

        var again = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, "maart (1).csv", content));
        var replacing = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, "maart-vervang.csv", content, replace: true));

        Assert.StartsWith($"Dit bestand is al geïmporteerd: import {first.BatchId} ('maart.csv') op 15-11-2026", again);
        Assert.Contains("ook met vervangen", replacing);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void After_undo_the_same_bytes_import_again(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = SaleRow.File(Days("AAN", "WINKEL", March1, March31));
        var first = ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "maart.csv", content));
        var stored = install.Lines(StoredSales.Replace("s.batch_id, ", ""));
        Assert.True(install.Undo.Undo(first.BatchId!.Value).Succeeded);
        Assert.Equal(0, install.Count("sales"));

        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "maart.csv", content));

        Assert.Equal(stored, install.Lines(StoredSales.Replace("s.batch_id, ", "")));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_file_overlapping_stored_sales_of_a_pair_is_refused_naming_store_practice_and_ranges(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var march = ImportAssert.Succeeded(Import(install, "maart.csv", Days("AAN", "WINKEL", March1, March31)));
        var before = install.Snapshot();

        var outcome = Import(install, "half-maart-april.csv", Days("AAN", "WINKEL", new(2025, 3, 15), new(2025, 4, 15), variant: 1));

        var problem = ImportAssert.RefusedAt(outcome, 0, null);
        Assert.Equal("overlapt opgeslagen verkopen", problem.Kind);
        Assert.StartsWith("winkel AAN, praktijk WINKEL: dit bestand loopt van 15-03-2025 t/m 15-04-2025, maar er zijn in die periode al ", problem.Message);
        Assert.Contains($"(import {march.BatchId} 'maart.csv', 15-03-2025 t/m 31-03-2025)", problem.Message);
        Assert.Contains("vervang", problem.Suggestion);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void One_overlapping_pair_refuses_the_whole_file(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, "maart.csv", Days("AAN", "WINKEL", March1, March31)));
        var before = install.Snapshot();

        var outcome = Import(install, "twee.csv", Days("AAN", "REST", March1, March31).Concat(Days("AAN", "WINKEL", March31, March31, 1)));

        Assert.Contains("winkel AAN, praktijk WINKEL", ImportAssert.RefusedFor(outcome).Message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Another_pair_in_the_same_period_and_a_later_range_import_fine(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, "maart-winkel.csv", Days("AAN", "WINKEL", March1, March31)));

        ImportAssert.Succeeded(Import(install, "maart-rest.csv", Days("AAN", "REST", March1, March31)));
        ImportAssert.Succeeded(Import(install, "maart-zwolle.csv", Days("ZWO", "WINKEL", March1, March31)));
        ImportAssert.Succeeded(Import(install, "april-winkel.csv", Days("AAN", "WINKEL", new(2025, 4, 1), new(2025, 4, 30))));

        Assert.Equal(["REST|2025-03-01|2025-03-31", "WINKEL|2025-03-01|2025-04-30", "WINKEL|2025-03-01|2025-03-31"],
            install.Lines("SELECT p.code, MIN(s.sale_date), MAX(s.sale_date) FROM sales s JOIN practices p ON p.id = s.practice_id GROUP BY s.practice_id, p.code ORDER BY p.code, MAX(s.sale_date) DESC"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    /// <summary>
    /// Stored: AAN/WINKEL and AAN/REST for all of March. The replacing file has AAN/WINKEL 10–20 March and
    /// ZWO/WINKEL (nothing stored). Only AAN/WINKEL's rows of 10–20 March are replaced; the rest stays.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_deletes_only_the_stored_rows_of_each_pair_within_its_range_and_inserts_the_files(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var march = ImportAssert.Succeeded(Import(install, "maart.csv", Days("AAN", "WINKEL", March1, March31).Concat(Days("AAN", "REST", March1, March31))));
        var stored = install.Lines(StoredSales);
        var replacement = Days("AAN", "WINKEL", new(2025, 3, 10), new(2025, 3, 20), variant: 2).Concat(Days("ZWO", "WINKEL", March1, new(2025, 3, 5))).ToList();

        var outcome = ImportAssert.Succeeded(Import(install, "correctie.csv", replacement, replace: true));

        static bool Replaced(string line) => line.Split('|') is var f && f[1] == "WINKEL" && string.CompareOrdinal(f[2], "2025-03-10") >= 0 && string.CompareOrdinal(f[2], "2025-03-20") <= 0;
        var kept = stored.Where(l => !Replaced(l)).ToList();
        var after = install.Lines(StoredSales);
        Assert.Equal(kept, after.Where(l => l.StartsWith($"{march.BatchId}|", StringComparison.Ordinal)));
        Assert.Equal(replacement.Count, after.Count(l => l.StartsWith($"{outcome.BatchId}|", StringComparison.Ordinal)));
        Assert.Equal(kept.Count + replacement.Count, after.Count);
        var replacedRows = stored.Count(Replaced);
        Assert.Equal(replacedRows, outcome.Summary!.Removed);
        Assert.Equal(replacedRows, outcome.Summary.SalesRanges.Single(r => r.Store == "AAN").ReplacedRows);
        Assert.Equal(0, outcome.Summary.SalesRanges.Single(r => r.Store == "ZWO").ReplacedRows);
        Assert.Equal(replacedRows, install.Count("replaced_sales"));
        SalesMonthlyCheck.AssertMatchesSales(install);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_sale_after_today_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var problem = ImportAssert.RefusedAt(Import(install, "v.csv", [new SaleRow(), new SaleRow { Date = "16-11-2026" }]), 3, "datum");
        Assert.Equal("16-11-2026 ligt na vandaag (15-11-2026); verkopen kunnen niet in de toekomst liggen", problem.Message);
    }

    [Theory]
    [InlineData("kleding_textil", "categorie", "bedoelt u 'kleding_textiel'?")]
    [InlineData("boeken", "categorie", "bedoelt u 'boeken_media'?")]
    [InlineData("Speelgoedd", "categorie", "bedoelt u 'speelgoed'?")]
    public void An_unknown_category_suggests_the_nearest(string category, string column, string suggestion)
    {
        using var install = new TestInstallation().WithStandardStores();
        var problem = ImportAssert.RefusedAt(Import(install, "v.csv", [new SaleRow { Category = category }]), 2, column);
        Assert.Equal(suggestion, problem.Suggestion);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_category_spelled_differently_is_stored_canonically(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, "v.csv", [new SaleRow { Category = "Kleding Textiel" }, new SaleRow { Category = "BOEKEN-MEDIA" }]));
        Assert.Equal(["boeken_media", "kleding_textiel"], install.Lines("SELECT category FROM sales ORDER BY category"));
    }

    /// <summary>The import remembers each spelling it resolved; every spelling must still land on its own canonical code.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Stores_practices_and_categories_repeated_in_several_spellings_each_resolve_to_their_own(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        SaleRow[] rows =
        [
            new() { Store = "AAN", Practice = "WINKEL", Category = "Kleding Textiel" },
            new() { Store = " aan ", Practice = "rest", Category = "kleding_textiel" },
            new() { Store = "AAN", Practice = "WINKEL", Category = "BOEKEN-MEDIA" },
            new() { Store = "zwo", Practice = "Winkel", Category = "Kleding Textiel" },
            new() { Store = " aan ", Practice = "rest", Category = "boeken media" },
            new() { Store = "AAN", Practice = "WINKEL", Category = "Kleding Textiel" },
        ];

        ImportAssert.Succeeded(Import(install, "v.csv", rows));

        Assert.Equal(
            ["AAN|REST|boeken_media", "AAN|REST|kleding_textiel", "AAN|WINKEL|boeken_media", "AAN|WINKEL|kleding_textiel", "AAN|WINKEL|kleding_textiel", "ZWO|WINKEL|kleding_textiel"],
            install.Lines("SELECT st.code, p.code, s.category FROM sales s JOIN practices p ON p.id = s.practice_id JOIN stores st ON st.id = p.store_id ORDER BY 1, 2, 3"));
    }

    /// <summary>Only what resolved is remembered: an unknown store, practice or category is reported on every row that has it.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_store_practice_or_category_is_reported_on_every_row_that_has_it(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        SaleRow[] rows =
        [
            new() { Store = "XYZ" },
            new(),
            new() { Store = "XYZ" },
            new() { Practice = "BAR" },
            new() { Practice = "BAR" },
            new() { Category = "kleding" },
            new() { Category = "kleding" },
        ];

        var problems = ImportAssert.Refused(Import(install, "v.csv", rows));

        Assert.Equal(
            ["2|winkel|onbekende winkel", "4|winkel|onbekende winkel", "5|praktijk|onbekende praktijk", "6|praktijk|onbekende praktijk",
             "7|categorie|onbekende code", "8|categorie|onbekende code"],
            problems.Select(p => $"{p.Row}|{p.Column}|{p.Kind}"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_refund_row_is_stored_negative(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, "v.csv", [new SaleRow { Revenue = "-€ 12,50", Items = "-1", Weight = "-0,4", Transactions = "1" }]));
        Assert.Equal("-1250|-1|-400|1", install.Lines("SELECT revenue_cents, items, weight_g, transactions FROM sales").Single());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Identical_rows_in_one_file_are_additive_both_are_stored(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, "v.csv", [new SaleRow(), new SaleRow()]));
        Assert.Equal(2, install.Count("sales"));
        Assert.Equal("2500|10|2", install.Lines("SELECT revenue_cents, items, row_count FROM sales_monthly").Single());
    }
}
