using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>A director imports for their own organisation only (issue 7): rows at another organisation's store refuse the file.</summary>
public class ImportScopeTests
{
    /// <summary>A valid file of the kind with one row per store and practice, in this order (data rows from row 2).</summary>
    private static string File(ImportKind kind, params (string Store, string Practice)[] places) => kind switch
    {
        ImportKind.Deelnemers => TrajectoryRow.File(places.Select((p, i) => TrajectoryRow.Number(i + 1) with { Store = p.Store, Practice = p.Practice })),
        ImportKind.Certificaten => CertificateRow.File(places.Select((p, i) => new CertificateRow { Participant = $"A-{i + 1:000}", Store = p.Store, Practice = p.Practice })),
        ImportKind.Verkopen => SaleRow.File(places.Select(p => new SaleRow { Store = p.Store, Practice = p.Practice })),
        ImportKind.Investeringen => InvestmentRow.File(places.Select(p => new InvestmentRow { Store = p.Store, Practice = p.Practice })),
        ImportKind.Nametingen => FollowUpRow.File(places.Select((p, i) => new FollowUpRow { Participant = $"A-{i + 1:000}", Store = p.Store, Practice = p.Practice })),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static string Table(ImportKind kind) => kind switch
    {
        ImportKind.Deelnemers => "trajectories",
        ImportKind.Certificaten => "certificates",
        ImportKind.Investeringen => "investments",
        ImportKind.Nametingen => "follow_ups",
        _ => "sales",
    };

    /// <summary>
    /// The standard stores and, for follow-ups, the ended trajectories they name: participants at every
    /// practice, imported by the unlimited scope.
    /// </summary>
    private static TestInstallation Installed(ImportKind kind)
    {
        var install = new TestInstallation().WithStandardStores();
        if (kind == ImportKind.Nametingen)
        {
            (string Store, string Practice)[] practices = [("AAN", "WINKEL"), ("AAN", "REST"), ("BLE", "FIETS"), ("ZWO", "WINKEL"), ("ZWO", "TEXT")];
            install.ImportOk(ImportKind.Deelnemers, "trajecten.csv", TrajectoryRow.File(
                practices.SelectMany(p => new[] { 1, 2 }.Select(n => TrajectoryRow.Number(n).Ended("31-08-2025") with { Store = p.Store, Practice = p.Practice }))));
        }
        return install;
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Verkopen)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void A_scoped_import_into_the_own_organisations_stores_succeeds(ImportKind kind)
    {
        using var install = Installed(kind);
        var aanDeMaas = install.OrganisationId(StandardStores.AanDeMaas);

        ImportAssert.Succeeded(install.Import(kind, "eigen.csv", File(kind, ("AAN", "WINKEL"), ("BLE", "FIETS")), install.ScopeOf(StandardStores.AanDeMaas)));

        Assert.Equal(["AAN", "BLE"], install.Lines($"SELECT s.code FROM {Table(kind)} t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id ORDER BY 1"));
        if (kind is ImportKind.Deelnemers or ImportKind.Certificaten)
        {
            Assert.Equal([aanDeMaas.ToString()], install.Lines($"SELECT DISTINCT organisation_id FROM {Table(kind)}"));
        }
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Verkopen)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void A_scoped_import_with_a_row_at_another_organisations_store_is_refused_there_and_writes_nothing(ImportKind kind)
    {
        using var install = Installed(kind);
        var before = install.Snapshot();

        var outcome = install.Import(kind, "gemengd.csv", File(kind, ("AAN", "WINKEL"), ("ZWO", "WINKEL")), install.ScopeOf(StandardStores.AanDeMaas));

        var problem = ImportAssert.RefusedAt(outcome, 3, "winkel");
        Assert.Equal(ImportProblem.OutsideScope, problem.Kind);
        Assert.Equal("winkel 'ZWO' bestaat niet of hoort bij een organisatie waarvoor u geen rechten hebt", problem.Message);
        Assert.DoesNotContain("Zwolle", ImportAssert.Text(outcome));
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Verkopen)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void The_same_file_is_accepted_when_the_scope_holds_both_organisations_or_everything(ImportKind kind)
    {
        using var install = Installed(kind);
        var content = File(kind, ("AAN", "WINKEL"), ("ZWO", "WINKEL"));

        var everything = install.Importer.Import(new ImportRequest(kind, install.WriteFile("alles.csv", content)) { DryRun = true, Scope = AccessScope.Everything });
        Assert.True(everything.Succeeded, ImportAssert.Text(everything));
        ImportAssert.Succeeded(install.Import(kind, "beide.csv", content, install.ScopeOf(StandardStores.AanDeMaas, StandardStores.Zwolle)));
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Verkopen)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void A_scoped_replace_naming_another_organisations_store_removes_nothing_there(ImportKind kind)
    {
        using var install = Installed(kind);
        ImportAssert.Succeeded(install.Import(kind, "zwolle.csv", File(kind, ("ZWO", "WINKEL"), ("ZWO", "TEXT"))));
        var before = install.Snapshot();

        var outcome = install.Import(kind, "vervang.csv", File(kind, ("AAN", "WINKEL"), ("ZWO", "TEXT")), install.ScopeOf(StandardStores.AanDeMaas), replace: true);

        Assert.Equal(ImportProblem.OutsideScope, ImportAssert.RefusedAt(outcome, 3, "winkel").Kind);
        Assert.Equal(before, install.Snapshot());
        Assert.Equal(2, install.Count(Table(kind)));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_unknown_store_suggests_only_stores_in_the_scope(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = File(ImportKind.Verkopen, ("ZWOO", "WINKEL"));

        var everything = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, "alles.csv", content, AccessScope.Everything), 2, "winkel");
        var scoped = ImportAssert.RefusedAt(install.Import(ImportKind.Verkopen, "eigen.csv", content, install.ScopeOf(StandardStores.AanDeMaas)), 2, "winkel");

        Assert.Equal("bedoelt u 'ZWO'?", everything.Suggestion);
        Assert.Equal("onbekende winkel", everything.Kind);
        Assert.NotNull(scoped.Suggestion);
        Assert.DoesNotContain("'ZWO'", scoped.Suggestion);
    }

    [Theory]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Verkopen)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void To_a_scoped_importer_another_organisations_store_and_one_that_does_not_exist_are_the_same_problem(ImportKind kind)
    {
        using var install = Installed(kind);
        var scope = install.ScopeOf(StandardStores.AanDeMaas);

        var outside = ImportAssert.RefusedAt(install.Import(kind, "zwolle.csv", File(kind, ("ZWO", "WINKEL")), scope), 2, "winkel");
        var unknown = ImportAssert.RefusedAt(install.Import(kind, "nergens.csv", File(kind, ("ZWP", "WINKEL")), scope), 2, "winkel");

        Assert.Equal(outside with { Value = "…", Message = outside.Message.Replace("'ZWO'", "…") },
            unknown with { Value = "…", Message = unknown.Message.Replace("'ZWP'", "…") });
        Assert.Equal(ImportProblem.OutsideScope, unknown.Kind);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_account_without_organisations_imports_nothing(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(install.Import(ImportKind.Verkopen, "verkopen.csv", File(ImportKind.Verkopen, ("AAN", "WINKEL")), AccessScope.Of([])));

        Assert.Contains("geen enkele organisatie", message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_sales_file_imported_before_for_another_organisation_is_refused_by_its_rows_without_naming_that_import(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var content = File(ImportKind.Verkopen, ("ZWO", "WINKEL"), ("ZWO", "TEXT"));
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "zwolle-maart.csv", content));

        var aanDeMaas = install.Import(ImportKind.Verkopen, "kopie.csv", content, install.ScopeOf(StandardStores.AanDeMaas));
        var zwolle = install.Import(ImportKind.Verkopen, "kopie.csv", content, install.ScopeOf(StandardStores.Zwolle));

        Assert.All(ImportAssert.Refused(aanDeMaas), p => Assert.Equal(ImportProblem.OutsideScope, p.Kind));
        Assert.DoesNotContain("zwolle-maart.csv", ImportAssert.Text(aanDeMaas));
        Assert.Contains("zwolle-maart.csv", ImportAssert.FileRefused(zwolle));
    }
}
