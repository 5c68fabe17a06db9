using Dashboard.Data.Annotations;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Annotations;

/// <summary>The annotations table on both providers: what is stored comes back as it was, and deleting removes only the one.</summary>
public sealed class AnnotationStoreTests : IDisposable
{
    private TestInstallation _install = null!;

    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private AnnotationStore Store => new(_install.Database);

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_annotation_comes_back_as_stored_by_date_and_goes_when_deleted(DatabaseProvider provider)
    {
        Install(provider);
        var maas = Organisation(StandardStores.AanDeMaas);
        var at = new DateTimeOffset(2026, 11, 15, 10, 30, 0, TimeSpan.FromHours(1));
        var later = Store.Add(new AnnotationDraft(maas, null, new DateOnly(2026, 5, 11), "Extra instroom via gemeente"), "directie", at);
        var earlier = Store.Add(new AnnotationDraft(maas, Practice("BLE", "FIETS"), new DateOnly(2026, 3, 2), "Nieuwe fietswerkplaats geopend"), "beheerder", at);

        Assert.Equal([earlier, later], Store.All());
        Assert.Equal(new Annotation(earlier.Id, maas, Practice("BLE", "FIETS"), new DateOnly(2026, 3, 2), "Nieuwe fietswerkplaats geopend", "beheerder", at),
            Store.Get(earlier.Id));
        Assert.Equal("2026-03-02", _install.Query<string>($"SELECT annotation_date FROM annotations WHERE id = {earlier.Id}"));

        Assert.True(Store.Delete(earlier.Id));
        Assert.False(Store.Delete(earlier.Id));
        Assert.Equal([later], Store.All());
        Assert.Null(Store.Get(earlier.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_practice_or_organisation_that_does_not_exist_cannot_be_annotated(DatabaseProvider provider)
    {
        Install(provider);

        Assert.ThrowsAny<Exception>(() => Store.Add(new AnnotationDraft(999, null, new DateOnly(2026, 3, 2), "Open dag"), "beheerder", DateTimeOffset.UnixEpoch));
        Assert.ThrowsAny<Exception>(() => Store.Add(new AnnotationDraft(Organisation(StandardStores.AanDeMaas), 999, new DateOnly(2026, 3, 2), "Open dag"),
            "beheerder", DateTimeOffset.UnixEpoch));
        Assert.Empty(Store.All());
    }

    [Fact]
    public void The_demo_gets_its_annotations_once_and_they_go_with_the_demo_organisations()
    {
        using var install = new TestInstallation();
        install.WithStandardStores();
        Execute(install, "UPDATE organisations SET is_demo = 1 WHERE name = 'Kringloop Zwolle'");
        Execute(install, "UPDATE organisations SET name = 'Stichting Tweede Ronde' WHERE name = 'Kringloop Zwolle'");
        var store = new AnnotationStore(install.Database);
        var real = store.Add(new AnnotationDraft(install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'"), null,
            new DateOnly(2026, 4, 1), "Open dag"), "beheerder", DateTimeOffset.UnixEpoch);

        Assert.Equal(1, store.SaveForDemo());
        Assert.Equal(0, store.SaveForDemo());
        Assert.Equal(["Open dag", "Extra instroom via gemeente"], store.All().OrderBy(a => a.Id).Select(a => a.Text));

        new DemoSeeder(install.Database, install.Importer).Remove();

        Assert.Equal([real], store.All());
    }

    private static void Execute(TestInstallation install, string sql)
    {
        using var connection = install.Database.Open();
        connection.Execute(sql);
    }

    public void Dispose() => _install?.Dispose();
}
