using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>Imports and undos through their one door: the actor's name and scope count, whatever the request says.</summary>
public sealed class ImportServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private readonly DataChanges _changes = new();

    private ImportService Service => new(_install.Importer, _install.Undo, new ImportHistory(_install.Database), new AuditLog(_install.Database, _install.Clock),
        _changes);

    private Actor DirectieAanDeMaas => Actors.Directie(_install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'"), "piet");

    private string ZwolleSales => _install.WriteFile("verkopen.csv",
        SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_directie_imports_nothing_of_another_organisation_even_when_the_request_claims_every_organisation(DatabaseProvider provider)
    {
        Install(provider);
        var outcome = Service.Import(DirectieAanDeMaas,
            new ImportRequest(ImportKind.Verkopen, ZwolleSales) { Scope = AccessScope.Everything, ImportedBy = "beheerder" });

        Assert.False(outcome.Succeeded);
        Assert.Equal(0, _install.Count("sales"));
        var entry = Assert.Single(new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery()));
        Assert.Equal(("piet", "import.geweigerd"), (entry.UserName, entry.Wording!.Key));
    }

    /// <summary>The web app's warm-up waits on it (Dashboard/Startup/FigureWarmUp.cs): an import that changed nothing does not wake it.</summary>
    [Fact]
    public async Task An_import_and_an_undo_tell_of_the_change_and_a_refused_import_does_not()
    {
        Install(DatabaseProvider.Sqlite);
        Assert.False(Service.Import(DirectieAanDeMaas, new ImportRequest(ImportKind.Verkopen, ZwolleSales)).Succeeded);
        Assert.False(await _changes.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        var batch = Service.Import(Actors.Beheerder(), new ImportRequest(ImportKind.Verkopen, ZwolleSales)).BatchId!.Value;
        Assert.True(await _changes.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        Assert.True(Service.Undo(Actors.Beheerder(), batch).Succeeded);
        Assert.True(await _changes.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_history_records_the_actor_not_the_name_in_the_request(DatabaseProvider provider)
    {
        Install(provider);
        var outcome = Service.Import(Actors.Beheerder("anna"), new ImportRequest(ImportKind.Verkopen, ZwolleSales) { ImportedBy = "iemand anders" });

        Assert.True(outcome.Succeeded);
        Assert.Equal("anna", Assert.Single(new ImportHistory(_install.Database).List(), b => b.Kind == ImportKind.Verkopen).ImportedBy);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void What_an_actor_imports_is_real_data_even_when_the_request_says_demo(DatabaseProvider provider)
    {
        Install(provider);
        var stores = _install.WriteFile("winkels-nieuw.csv", $"{StandardStores.Header}\nKringloop Nieuw;NIE;Nieuw Centrum;Ede;WINKEL;Winkelvloer;winkel;500");

        Assert.True(Service.Import(Actors.Beheerder(), new ImportRequest(ImportKind.Winkels, stores) { IsDemo = true }).Succeeded);

        Assert.Equal(0, _install.Query<long>("SELECT is_demo FROM organisations WHERE name = 'Kringloop Nieuw'"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_role_that_does_not_import_is_refused_before_anything_is_read(DatabaseProvider provider)
    {
        Install(provider);
        var board = Actor.For(new Viewer(5, "bestuur", "Bestuur", Role.Bestuur, AccessScope.Everything));

        Assert.Throws<AccessDeniedException>(() => Service.Import(board, new ImportRequest(ImportKind.Verkopen, ZwolleSales)));
        Assert.Throws<AccessDeniedException>(() => Service.Undo(board, 1));
        Assert.Equal(0, _install.Count("sales"));
        Assert.Equal(0, _install.Count("audit_log"));
    }

    public void Dispose() => _install?.Dispose();
}
