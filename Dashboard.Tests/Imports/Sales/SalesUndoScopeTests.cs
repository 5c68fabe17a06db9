using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Sales;

/// <summary>A scoped user undoes only sales imports whose practices all belong to their organisations (issue 7).</summary>
public class SalesUndoScopeTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March31 = new(2025, 3, 31);

    private static long Import(TestInstallation install, string name, IEnumerable<SaleRow> rows, AccessScope? scope = null, bool replace = false) =>
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, name, SaleRow.File(rows), scope ?? AccessScope.Everything, replace)).BatchId!.Value;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_user_undoes_an_import_of_their_own_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var batch = Import(install, "aan.csv", SaleRow.Days("AAN", "WINKEL", March1, March31).Concat(SaleRow.Days("BLE", "FIETS", March1, March31)), aanDeMaas);
        var rows = install.Count("sales");

        Assert.Equal(rows, install.Undo.Preview(batch, aanDeMaas).RowsThatGo);
        var undo = install.Undo.Undo(batch, aanDeMaas);

        Assert.True(undo.Succeeded, undo.Message);
        Assert.Equal(0, install.Count("sales"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_import_touching_another_organisation_is_refused_to_a_scoped_user_and_undone_by_the_unlimited_scope(bool mixed)
    {
        using var install = new TestInstallation().WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var rows = SaleRow.Days("ZWO", "WINKEL", March1, March31);
        var batch = Import(install, "zwolle-maart.csv", mixed ? rows.Concat(SaleRow.Days("AAN", "WINKEL", March1, March31)) : rows);
        var before = install.Snapshot();

        var undo = install.Undo.Undo(batch, aanDeMaas);

        Assert.False(undo.Succeeded);
        Assert.Equal($"Geen toegang: import {batch} bestaat niet of gaat (ook) over organisaties waarvoor u geen rechten hebt. Zo'n import kan alleen de beheerder ongedaan maken.", undo.Message);
        Assert.Equal(before, install.Snapshot());
        Assert.Throws<AccessDeniedException>(() => install.Undo.Preview(batch, aanDeMaas));
        Assert.True(install.Undo.Undo(batch, AccessScope.Everything).Succeeded);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void To_a_scoped_user_another_organisations_import_and_a_number_no_import_has_look_the_same(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var zwolle = Import(install, "zwolle-maart.csv", SaleRow.Days("ZWO", "WINKEL", March1, March31));
        var nothing = zwolle + 1;

        var toZwolle = install.Undo.Undo(zwolle, aanDeMaas);
        var toNothing = install.Undo.Undo(nothing, aanDeMaas);

        Assert.Equal(toZwolle.Message.Replace($"import {zwolle} ", "import … "), toNothing.Message.Replace($"import {nothing} ", "import … "));
        Assert.Equal(
            Assert.Throws<AccessDeniedException>(() => install.Undo.Preview(zwolle, aanDeMaas)).Message.Replace($"import {zwolle} ", "import … "),
            Assert.Throws<AccessDeniedException>(() => install.Undo.Preview(nothing, aanDeMaas)).Message.Replace($"import {nothing} ", "import … "));
        Assert.Equal($"Import {nothing} bestaat niet.", install.Undo.Undo(nothing, AccessScope.Everything).Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_scoped_user_cannot_undo_a_stores_import_nor_learn_its_file(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider);
        var stores = ImportAssert.Succeeded(install.Import(ImportKind.Winkels, "winkels-alle-organisaties.csv", StandardStores.File)).BatchId!.Value;

        var undo = install.Undo.Undo(stores, install.ScopeOf(StandardStores.AanDeMaas));

        Assert.False(undo.Succeeded);
        Assert.StartsWith("Geen toegang", undo.Message);
        Assert.DoesNotContain("winkels-alle-organisaties.csv", undo.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_later_overlapping_import_outside_the_scope_is_named_by_number_only(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var aanDeMaas = install.ScopeOf(StandardStores.AanDeMaas);
        var own = Import(install, "aan-maart.csv", SaleRow.Days("AAN", "WINKEL", March1, March31), aanDeMaas);
        var later = Import(install, "correctie-aan-en-zwolle.csv",
            SaleRow.Days("AAN", "WINKEL", new(2025, 3, 10), new(2025, 3, 20), variant: 2).Concat(SaleRow.Days("ZWO", "WINKEL", March1, March31)), replace: true);

        var scoped = install.Undo.Undo(own, aanDeMaas);
        var everything = install.Undo.Undo(own, AccessScope.Everything);

        Assert.False(scoped.Succeeded);
        Assert.Contains($"(import {later}, die u niet ongedaan kunt maken)", scoped.Message);
        Assert.DoesNotContain("correctie-aan-en-zwolle.csv", scoped.Message);
        Assert.Contains($"(import {later} ('correctie-aan-en-zwolle.csv'))", everything.Message);
    }
}
