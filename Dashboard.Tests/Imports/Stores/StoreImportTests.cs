using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Stores;

public class StoreImportTests
{
    private const string Header = StandardStores.Header;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Imports_organisations_stores_and_practices(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);

        var outcome = install.ImportOk(ImportKind.Winkels, "winkels.csv", StandardStores.File);

        Assert.Equal(["Kringloop Aan de Maas", "Kringloop Zwolle"], install.Lines("SELECT name FROM organisations ORDER BY name"));
        Assert.Equal(
            ["AAN|Aan de Maas Centrum|Venlo|1250|Kringloop Aan de Maas", "BLE|Aan de Maas Blerick|Venlo|∅|Kringloop Aan de Maas", "ZWO|Zwolle Noord|Zwolle|800|Kringloop Zwolle"],
            install.Lines("SELECT s.code, s.name, s.city, s.floor_area_m2, o.name FROM stores s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.code"));
        Assert.Equal(
            ["AAN|REST|Restaurant De Pan|horeca", "AAN|WINKEL|Winkelvloer|winkel", "BLE|FIETS|Fietswerkplaats|fietsen", "ZWO|TEXT|Textielatelier|textiel", "ZWO|WINKEL|Winkelvloer|winkel"],
            install.Lines("SELECT s.code, p.code, p.name, p.kind FROM practices p JOIN stores s ON s.id = p.store_id ORDER BY s.code, p.code"));
        Assert.Equal((5, 0, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Kind_is_matched_like_a_header_and_stored_canonically(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.ImportOk(ImportKind.Winkels, "winkels.csv", $"{Header}\nKringloop Oost;OOS;Oost;Oss;FIETS;Fietsen;Fietsen ;\nKringloop Oost;OOS;Oost;Oss;SORT;Sorteercentrum;SORTERING;");
        Assert.Equal(["fietsen", "sortering"], install.Lines("SELECT kind FROM practices ORDER BY kind"));
    }

    private static List<string> Tables(TestInstallation install) =>
    [
        .. install.Lines("SELECT * FROM organisations ORDER BY id"),
        .. install.Lines("SELECT * FROM stores ORDER BY id"),
        .. install.Lines("SELECT * FROM practices ORDER BY id"),
    ];

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Re_importing_the_same_file_changes_nothing_and_duplicates_nothing(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.WithStandardStores();
        var before = Tables(install);

        var outcome = install.ImportOk(ImportKind.Winkels, "winkels-opnieuw.csv", StandardStores.File);

        Assert.Equal(before, Tables(install));
        Assert.Equal((0, 0, 5), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Re_importing_updates_names_kind_and_area_and_adds_new_practices(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.WithStandardStores();

        var outcome = install.ImportOk(ImportKind.Winkels, "winkels-nieuw.csv", $"""
            {Header}
            Kringloop Aan de Maas;AAN;Aan de Maas Stad;Venlo-Centrum;WINKEL;Winkelvloer;winkel;1.300
            Kringloop Aan de Maas;AAN;Aan de Maas Stad;Venlo-Centrum;REST;Eetcafé De Pan;horeca;1.300
            Kringloop Aan de Maas;AAN;Aan de Maas Stad;Venlo-Centrum;ELEK;Reparatiecafé;elektra;1.300
            Kringloop Zwolle;ZWO;Zwolle Noord;Zwolle;TEXT;Textielatelier;overig;800
            """);

        Assert.Equal(["AAN|Aan de Maas Stad|Venlo-Centrum|1300", "ZWO|Zwolle Noord|Zwolle|800"],
            install.Lines("SELECT code, name, city, floor_area_m2 FROM stores WHERE code IN ('AAN', 'ZWO') ORDER BY code"));
        Assert.Equal(
            ["AAN|ELEK|Reparatiecafé|elektra", "AAN|REST|Eetcafé De Pan|horeca", "AAN|WINKEL|Winkelvloer|winkel", "ZWO|TEXT|Textielatelier|overig"],
            install.Lines("SELECT s.code, p.code, p.name, p.kind FROM practices p JOIN stores s ON s.id = p.store_id WHERE p.code IN ('ELEK', 'REST', 'WINKEL', 'TEXT') AND s.code <> 'ZWO' OR p.code = 'TEXT' ORDER BY s.code, p.code"));
        Assert.Equal(6, install.Count("practices"));
        Assert.Equal(3, install.Count("stores"));
        // Rows updated: REST and TEXT changed themselves, WINKEL because its store got a new name.
        Assert.Equal((1, 3), (outcome.Summary!.Added, outcome.Summary.Updated));
    }

    /// <summary>Codes are matched like headers (docs/importbestanden.md#algemene-regels): "aan"/"rest" is the stored AAN/REST, and its new name is written.</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_code_written_in_another_case_or_with_a_hyphen_still_updates_that_practice(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.WithStandardStores();

        var outcome = install.ImportOk(ImportKind.Winkels, "winkels-nieuw.csv", $"""
            {Header}
            Kringloop Aan de Maas;aan;Aan de Maas Centrum;Venlo;rest;Eetcafé De Pan;horeca;1.250
            Kringloop Aan de Maas;aan;Aan de Maas Centrum;Venlo;Win-kel;Winkelvloer;textiel;1.250
            """);

        Assert.Equal(["REST|Eetcafé De Pan|horeca", "WINKEL|Winkelvloer|textiel"],
            install.Lines("SELECT p.code, p.name, p.kind FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' ORDER BY p.code"));
        Assert.Equal(5, install.Count("practices"));
        Assert.Equal((0, 2), (outcome.Summary!.Added, outcome.Summary.Updated));
    }

    /// <summary>A corrected store name or floor area is an update the summary must show, not "unchanged".</summary>
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_changed_store_name_or_area_is_reported_as_updated(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.WithStandardStores();

        var outcome = install.ImportOk(ImportKind.Winkels, "winkels-nieuw.csv", $"""
            {Header}
            Kringloop Zwolle;ZWO;Zwolle Noord-Oost;Zwolle;WINKEL;Winkelvloer;winkel;950
            Kringloop Zwolle;ZWO;Zwolle Noord-Oost;Zwolle;TEXT;Textielatelier;textiel;950
            """);

        Assert.Equal("Zwolle Noord-Oost|950", install.Lines("SELECT name, floor_area_m2 FROM stores WHERE code = 'ZWO'").Single());
        Assert.Equal((0, 2, 0), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Replace_is_refused_for_winkels_and_nothing_changes(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        install.WithStandardStores();
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Winkels, "winkels.csv",
            $"{Header}\nKringloop Aan de Maas;AAN;Andere naam;Venlo;WINKEL;Winkelvloer;winkel;1.250", replace: true));

        Assert.Contains("kan niet vervangen", message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [InlineData("AAN")]
    [InlineData("aan")]
    [InlineData("A-AN")]
    public void A_store_code_already_used_by_another_organisation_is_an_error(string code)
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Winkels, "winkels-zwolle.csv", $"""
            {Header}
            Kringloop Zwolle;ZWO;Zwolle Noord;Zwolle;WINKEL;Winkelvloer;winkel;800
            Kringloop Zwolle;{code};Zwolle Zuid;Zwolle;WINKEL;Winkelvloer;winkel;
            """);

        var problem = ImportAssert.RefusedAt(outcome, 3, "winkel");
        Assert.Equal("winkelcode bezet", problem.Kind);
        Assert.Contains("'Kringloop Aan de Maas'", problem.Message);
        Assert.Contains("uniek in de hele installatie", problem.Message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void One_store_code_for_two_organisations_in_one_file_is_an_error(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);

        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"""
            {Header}
            Kringloop Oost;OOS;Oost;Oss;WINKEL;Winkelvloer;winkel;
            Kringloop West;OOS;Oost;Oss;REST;Restaurant;horeca;
            """);

        var problem = ImportAssert.RefusedAt(outcome, 3, "organisatie");
        Assert.Contains("rij 2", problem.Message);
        Assert.Equal(0, install.Count("organisations"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_floor_area_differing_between_rows_of_one_store_is_an_error(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);

        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"""
            {Header}
            Kringloop Oost;OOS;Oost;Oss;WINKEL;Winkelvloer;winkel;1.250
            Kringloop Oost;OOS;Oost;Oss;REST;Restaurant;horeca;1.250
            Kringloop Oost;OOS;Oost;Oss;FIETS;Fietsen;fietsen;1.205
            """);

        var problem = ImportAssert.RefusedAt(outcome, 4, "vloeroppervlak_m2");
        Assert.Equal("ongelijk per winkel", problem.Kind);
        Assert.Equal("rij 4, kolom vloeroppervlak_m2: winkel OOS heeft in rij 2 een vloeroppervlak van 1250 m²; het vloeroppervlak moet op elke rij van een winkel gelijk zijn", problem.ToString());
        Assert.Equal(0, install.Count("stores"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_store_name_differing_between_rows_of_one_store_is_an_error(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"{Header}\nKringloop Oost;OOS;Oost;Oss;WINKEL;Winkelvloer;winkel;\nKringloop Oost;OOS;Oss Oost;Oss;REST;Restaurant;horeca;");
        ImportAssert.RefusedAt(outcome, 3, "winkelnaam");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_store_and_practice_twice_is_a_duplicate_row(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);

        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"""
            {Header}
            Kringloop Oost;OOS;Oost;Oss;WINKEL;Winkelvloer;winkel;
            Kringloop Oost;OOS;Oost;Oss;REST;Restaurant;horeca;

            Kringloop Oost;OOS;Oost;Oss;Rest;Restaurant Twee;horeca;
            """);

        var problem = ImportAssert.RefusedAt(outcome, 5, "praktijk");
        Assert.Equal("dubbele rij", problem.Kind);
        Assert.Contains("rij 3", problem.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_kind_suggests_the_nearest(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"{Header}\nKringloop Oost;OOS;Oost;Oss;FIETS;Fietsen;fiets;");

        var problem = ImportAssert.RefusedAt(outcome, 2, "soort");

        Assert.Equal("fiets", problem.Value);
        Assert.Equal("bedoelt u 'fietsen'?", problem.Suggestion);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-10")]
    public void A_floor_area_must_be_positive(string area)
    {
        using var install = new TestInstallation();
        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"{Header}\nKringloop Oost;OOS;Oost;Oss;WINKEL;Winkel;winkel;{area}");
        ImportAssert.RefusedAt(outcome, 2, "vloeroppervlak_m2");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_missing_required_field_names_its_row_and_column(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var outcome = install.Import(ImportKind.Winkels, "winkels.csv", $"{Header}\nKringloop Oost;OOS;Oost;Oss;WINKEL;;winkel;");
        ImportAssert.RefusedAt(outcome, 2, "praktijknaam");
        Assert.Equal(0, install.Count("organisations"));
    }
}
