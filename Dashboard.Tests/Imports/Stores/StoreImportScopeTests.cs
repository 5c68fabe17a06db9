using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Stores;

/// <summary>A director's `winkels` file: their own organisation's stores only, and no new organisation (issue 7).</summary>
public class StoreImportScopeTests
{
    private const string Header = StandardStores.Header;

    private const string OutsideScope = "is geen organisatie waarvoor u rechten hebt; een nieuwe organisatie kan alleen de beheerder toevoegen";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_user_updates_and_adds_stores_of_the_own_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();

        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, "eigen.csv", $"""
            {Header}
            Kringloop Aan de Maas;AAN;Aan de Maas Stadshart;Venlo;WINKEL;Winkelvloer;winkel;1.250
            Kringloop Aan de Maas;TEG;Aan de Maas Tegelen;Tegelen;WINKEL;Winkelvloer;winkel;600
            """, install.ScopeOf(StandardStores.AanDeMaas)));

        Assert.Equal(
            ["AAN|Aan de Maas Stadshart|Kringloop Aan de Maas", "BLE|Aan de Maas Blerick|Kringloop Aan de Maas", "TEG|Aan de Maas Tegelen|Kringloop Aan de Maas", "ZWO|Zwolle Noord|Kringloop Zwolle"],
            install.Lines("SELECT s.code, s.name, o.name FROM stores s JOIN organisations o ON o.id = s.organisation_id ORDER BY s.code"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_new_organisation_is_refused_for_a_scoped_user_and_accepted_with_every_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = $"{Header}\nKringloop Oost;OOS;Oost;Oss;WINKEL;Winkelvloer;winkel;";
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Winkels, "oost.csv", content, install.ScopeOf(StandardStores.AanDeMaas));

        var problem = ImportAssert.RefusedAt(outcome, 2, "organisatie");
        Assert.Equal(ImportProblem.OutsideScope, problem.Kind);
        Assert.Equal($"'Kringloop Oost' {OutsideScope}", problem.Message);
        Assert.Equal("gebruik de naam van uw eigen organisatie: 'Kringloop Aan de Maas'", problem.Suggestion);
        Assert.Equal(before, install.Snapshot());

        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, "oost.csv", content, AccessScope.Everything));
        Assert.Equal(3, install.Count("organisations"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_row_of_another_organisation_is_refused_with_the_words_for_an_unknown_one_and_accepted_with_every_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = $"""
            {Header}
            Kringloop Aan de Maas;AAN;Aan de Maas Stadshart;Venlo;WINKEL;Winkelvloer;winkel;1.250
            Kringloop Zwolle;ZWO;Zwolle Stadshagen;Zwolle;WINKEL;Winkelvloer;winkel;800
            """;
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Winkels, "beide.csv", content, install.ScopeOf(StandardStores.AanDeMaas));

        var problem = ImportAssert.RefusedAt(outcome, 3, "organisatie");
        Assert.Equal(ImportProblem.OutsideScope, problem.Kind);
        Assert.Equal($"'Kringloop Zwolle' {OutsideScope}", problem.Message);
        Assert.Equal(before, install.Snapshot());

        ImportAssert.Succeeded(install.Import(ImportKind.Winkels, "beide.csv", content, AccessScope.Everything));
        Assert.Equal(["Aan de Maas Stadshart", "Zwolle Stadshagen"], install.Lines("SELECT name FROM stores WHERE code IN ('AAN', 'ZWO') ORDER BY code"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Another_organisations_store_code_is_refused_without_naming_that_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var before = install.Snapshot();

        var outcome = install.Import(ImportKind.Winkels, "zwo.csv", $"{Header}\nKringloop Aan de Maas;ZWO;Aan de Maas Zwolle;Zwolle;WINKEL;Winkelvloer;winkel;",
            install.ScopeOf(StandardStores.AanDeMaas));

        var problem = ImportAssert.RefusedAt(outcome, 2, "winkel");
        Assert.Equal("winkelcode ZWO is al in gebruik bij een andere organisatie; een winkelcode is uniek in de hele installatie", problem.Message);
        Assert.DoesNotContain("Kringloop Zwolle", ImportAssert.Text(outcome));
        Assert.Equal(before, install.Snapshot());
    }
}
