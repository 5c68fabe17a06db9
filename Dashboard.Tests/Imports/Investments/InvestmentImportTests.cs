using System.Globalization;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Investments;

/// <summary>`investeringen` (docs/importbestanden.md#investeringen): one row per practice, year and funder, in whole cents.</summary>
public class InvestmentImportTests
{
    private static ImportOutcome Import(TestInstallation install, IEnumerable<InvestmentRow> rows, bool replace = false) =>
        install.Import(ImportKind.Investeringen, "investeringen.csv", InvestmentRow.File(rows), replace);

    private static readonly InvestmentRow[] Funded =
    [
        new() { Year = "2024", Amount = "8.000", Funder = "gemeente", Description = "Subsidie participatie" },
        new() { Year = "2025", Amount = "12.500,00", Funder = "gemeente", Description = "Subsidie participatie" },
        new() { Year = "2025", Amount = "2.750,50", Funder = "fonds", Description = "Oranje Fonds" },
        new() { Practice = "WINKEL", Year = "2025", Amount = "1.000", Funder = "eigen_middelen", Description = "" },
        new() { Store = "ZWO", Practice = "TEXT", Year = "2025", Amount = "4.000", Funder = "uwv", Description = "Jobcoaching" },
    ];

    private const string Stored =
        "SELECT s.code, p.code, i.year, i.funder, i.amount_cents, i.description FROM investments i JOIN practices p ON p.id = i.practice_id " +
        "JOIN stores s ON s.id = p.store_id ORDER BY s.code, p.code, i.year, i.funder";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_investments_in_whole_cents_with_canonical_funders(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var outcome = ImportAssert.Succeeded(Import(install,
            [Funded[0] with { Funder = "Gemeente" }, Funded[1], Funded[2], Funded[3] with { Funder = "Eigen Middelen" }, Funded[4] with { Funder = "" }]));

        Assert.Equal(
        [
            "AAN|REST|2024|gemeente|800000|Subsidie participatie", "AAN|REST|2025|fonds|275050|Oranje Fonds",
            "AAN|REST|2025|gemeente|1250000|Subsidie participatie", "AAN|WINKEL|2025|eigen_middelen|100000|",
            "ZWO|TEXT|2025|overig|400000|Jobcoaching",
        ], install.Lines(Stored));
        Assert.Equal((5, 0, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        Assert.Equal("5 investeringen: 5 nieuw, 0 bijgewerkt, 0 ongewijzigd", outcome.Summary.Description);
        Assert.Equal(["investeringen"], install.Lines("SELECT kind FROM import_batches WHERE id = " + outcome.BatchId));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void English_headers_in_a_comma_file_with_the_decimal_point(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        ImportAssert.Succeeded(install.Import(ImportKind.Investeringen, "investments.csv",
            "Store,Practice,Year,Amount,Funder,Description\nBLE,FIETS,2026,1234.56,fonds,\"Fietsen, voor iedereen\"\nBLE,FIETS,2026,€ 99,,"));

        Assert.Equal(["BLE|FIETS|2026|fonds|123456|Fietsen, voor iedereen", "BLE|FIETS|2026|overig|9900|"], install.Lines(Stored));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Re_importing_updates_the_amount_and_description_and_never_duplicates(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, Funded));
        var ids = install.Lines("SELECT id FROM investments ORDER BY id");

        var same = ImportAssert.Succeeded(Import(install, Funded));
        Assert.Equal((0, 0, 5), (same.Summary!.Added, same.Summary.Updated, same.Summary.Unchanged));

        var changed = ImportAssert.Succeeded(Import(install,
            [Funded[1] with { Amount = "13.000" }, Funded[2] with { Description = "Oranje Fonds, tweede termijn" }, Funded[3], Funded[3] with { Year = "2026" }]));
        Assert.Equal((1, 2, 1, 0), (changed.Summary!.Added, changed.Summary.Updated, changed.Summary.Unchanged, changed.Summary.Removed));
        Assert.Equal(ids, install.Lines("SELECT id FROM investments ORDER BY id").Take(5));
        Assert.Equal(6, install.Count("investments"));
        Assert.Equal(1300000, install.Query<long>("SELECT amount_cents FROM investments WHERE year = 2025 AND funder = 'gemeente'"));
        Assert.Equal("Oranje Fonds, tweede termijn", install.Query<string>("SELECT description FROM investments WHERE funder = 'fonds'"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_makes_the_file_the_complete_list_for_each_store_and_year_it_names(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, [.. Funded, new InvestmentRow { Store = "BLE", Practice = "FIETS", Year = "2025" }]));
        var untouched = install.Lines(Stored.Replace("ORDER BY", "WHERE NOT (s.code = 'AAN' AND i.year = 2025) ORDER BY"));

        // AAN 2025 keeps the municipality's money (now 13.000) and gains a fund; its other 2025 rows go, at both practices.
        var outcome = ImportAssert.Succeeded(Import(install,
            [Funded[1] with { Amount = "13.000" }, new InvestmentRow { Practice = "WINKEL", Year = "2025", Amount = "500", Funder = "overig", Description = "Gift" }],
            replace: true));

        Assert.Equal(["AAN|REST|2025|gemeente|1300000|Subsidie participatie", "AAN|WINKEL|2025|overig|50000|Gift"],
            install.Lines(Stored.Replace("ORDER BY", "WHERE s.code = 'AAN' AND i.year = 2025 ORDER BY")));
        Assert.Equal(untouched, install.Lines(Stored.Replace("ORDER BY", "WHERE NOT (s.code = 'AAN' AND i.year = 2025) ORDER BY")));
        Assert.Contains("AAN|REST|2024|gemeente|800000|Subsidie participatie", untouched);
        Assert.Equal((1, 1, 0, 2), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged, outcome.Summary.Removed));
        Assert.Equal("2 investeringen: 1 nieuw, 1 bijgewerkt, 0 ongewijzigd, 2 verwijderd (vervangen)", outcome.Summary.Description);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_practice_year_and_funder_twice_in_a_file_is_a_duplicate_row_naming_the_first(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var outcome = Import(install, [Funded[0], Funded[1], Funded[1] with { Practice = "rest", Amount = "1,00", Description = "anders" }]);

        var problem = ImportAssert.RefusedAt(outcome, 4, "jaar");
        Assert.Equal("dubbele rij", problem.Kind);
        Assert.Equal("dezelfde investering (winkel, praktijk, jaar en financier) staat al in rij 3", problem.Message);
        // An empty funder is `overig`, so it is the same investment as one that says so.
        ImportAssert.RefusedAt(Import(install, [Funded[0] with { Funder = "" }, Funded[0] with { Funder = "Overig" }]), 3, "jaar");
        Assert.Equal(0, install.Count("investments"));
    }

    /// <summary>A bad value in one column, and the kind of problem it is.</summary>
    public static TheoryData<DatabaseProvider, string, string, string> BadFields() => Providers.Each(
        ("winkel", "XYZ", "onbekende winkel"),
        ("winkel", "", "verplicht veld leeg"),
        ("praktijk", "TEXT", "onbekende praktijk"),
        ("jaar", "", "verplicht veld leeg"),
        ("jaar", "2025,5", "geen geheel getal"),
        ("jaar", "25", "buiten bereik"),
        ("jaar", "2027", "buiten bereik"),
        ("jaar", "twintig", "ongeldig getal"),
        ("bedrag", "", "verplicht veld leeg"),
        ("bedrag", "0", "buiten bereik"),
        ("bedrag", "-500", "buiten bereik"),
        ("bedrag", "0,001", "meer dan twee decimalen"),
        ("bedrag", "1.234,567", "meer dan twee decimalen"),
        ("bedrag", "2.000.000.000", "buiten bereik"),
        ("bedrag", "310.5", "ongeldig getal"),
        ("financier", "gemeentee", "onbekende code"),
        ("omschrijving", new string('x', 101), "te lang"));

    [Theory]
    [MemberData(nameof(BadFields))]
    public void A_bad_field_is_a_problem_of_its_row_and_column_and_nothing_is_stored(DatabaseProvider provider, string column, string value, string kind)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, [Funded[0]]));
        var before = install.Snapshot();
        var bad = column switch
        {
            "winkel" => Funded[2] with { Store = value },
            "praktijk" => Funded[2] with { Practice = value },
            "jaar" => Funded[2] with { Year = value },
            "bedrag" => Funded[2] with { Amount = value },
            "financier" => Funded[2] with { Funder = value },
            _ => Funded[2] with { Description = value },
        };

        var problem = ImportAssert.RefusedAt(Import(install, [Funded[1], bad, Funded[3]], replace: true), 3, column);

        Assert.Equal(kind, problem.Kind);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_year_must_be_written_in_full_and_not_after_the_year_of_the_import(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var problem = ImportAssert.RefusedAt(Import(install, [Funded[0] with { Year = "25" }]), 2, "jaar");

        Assert.Equal("jaar 25 ligt niet tussen 1900 en 2026 (het jaar van de import): een investering telt pas als het geld er is", problem.Message);
        Assert.Equal("schrijf het jaar voluit, bijv. 2026", problem.Suggestion);
        ImportAssert.Succeeded(Import(install, [Funded[0] with { Year = "2026" }]));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_amount_must_be_more_than_nothing_and_at_most_a_billion_euros_in_euros_and_cents(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var problem = ImportAssert.RefusedAt(Import(install, [Funded[0] with { Amount = "-1.250,50" }]), 2, "bedrag");

        Assert.Equal("het bedrag moet groter dan € 0 zijn en hoogstens € 1.000.000.000; hier staat -1250,50", problem.Message);
        ImportAssert.Succeeded(Import(install, [Funded[0] with { Amount = "€ 1.000.000.000" }, Funded[1] with { Amount = "0,01" }]));
        Assert.Equal(["100000000000", "1"], install.Lines("SELECT amount_cents FROM investments ORDER BY year"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_funder_suggests_the_nearest(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var problem = ImportAssert.RefusedAt(Import(install, [Funded[0] with { Funder = "eigen middel" }]), 2, "financier");
        Assert.Equal("bedoelt u 'eigen_middelen'?", problem.Suggestion);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_large_file_with_one_bad_row_leaves_every_table_unchanged(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(Import(install, Funded));
        var before = install.Snapshot();
        string[] funders = ["gemeente", "uwv", "fonds", "eigen_middelen", "overig"];
        (string Store, string Practice)[] places = [("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT")];
        var rows = Enumerable.Range(0, 3000)
            .Select(i => new InvestmentRow
            {
                Store = places[i / 5 % 5].Store,
                Practice = places[i / 5 % 5].Practice,
                Year = (1900 + i / 25).ToString(CultureInfo.InvariantCulture),
                Funder = funders[i % 5],
            })
            .ToArray();
        rows[1499] = rows[1499] with { Amount = "veel" };

        ImportAssert.RefusedAt(Import(install, rows, replace: true), 1501, "bedrag");

        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_importer_is_refused_at_another_organisations_store_and_sees_only_its_own_batches(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        ImportAssert.Succeeded(install.Import(ImportKind.Investeringen, "zwolle.csv", InvestmentRow.File(Funded[4])));
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Investeringen, "gemengd.csv", InvestmentRow.File(Funded[1], Funded[4] with { Amount = "1,00" }), aanDeMaas, replace: true);

        var problem = ImportAssert.RefusedAt(outcome, 3, "winkel");
        Assert.Equal(ImportProblem.OutsideScope, problem.Kind);
        Assert.Equal(before, install.Snapshot());

        var own = ImportAssert.Succeeded(install.Import(ImportKind.Investeringen, "eigen.csv", InvestmentRow.File(Funded[..4]), aanDeMaas));
        var history = new ImportHistory(install.Database);
        Assert.Equal([own.BatchId!.Value], history.List(aanDeMaas).Select(b => b.Id));
        Assert.Equal(2, history.List(install.ScopeOf(StandardStores.AanDeMaas, StandardStores.Zwolle)).Count);
        Assert.Equal(ImportKind.Investeringen, history.List(aanDeMaas)[0].Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_file_of_another_kind_is_recognised_by_its_columns(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, "investeringen.csv", InvestmentRow.File(Funded)));

        Assert.Contains("investeringenbestand", message);
        Assert.Equal(ImportKind.Investeringen, ImportLayouts.Guess(InvestmentRow.Header.Split(';')));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_demo_sectors_investments_import_for_every_demo_practice(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        foreach (var (kind, file) in new[] { (ImportKind.Winkels, "winkels.csv"), (ImportKind.Investeringen, "investeringen.csv") })
        {
            var outcome = ImportAssert.Succeeded(install.Importer.Import(
                new ImportRequest(kind, Path.Combine(Repository.SeedData, file)) { IsDemo = true, ImportedBy = "demo" }));
            Assert.Empty(outcome.Report.Warnings);
        }

        Assert.Equal(0, install.Query<long>("SELECT COUNT(*) FROM practices p WHERE NOT EXISTS (SELECT 1 FROM investments i WHERE i.practice_id = p.id)"));
        Assert.Equal(["eigen_middelen", "fonds", "gemeente", "overig", "uwv"], install.Lines("SELECT DISTINCT funder FROM investments ORDER BY funder"));
        Assert.True(install.Count("investments") > 500);
    }
}
