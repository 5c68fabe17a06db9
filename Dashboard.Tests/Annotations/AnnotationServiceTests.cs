using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Annotations;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Annotations;

/// <summary>
/// Annotations through their one door: a director writes about their own organisation only, the administrator about any, the
/// board and communications staff not at all; adding and deleting are audited with the text.
/// </summary>
public sealed class AnnotationServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private AnnotationStore Store => new(_install.Database);

    private AuditLog Log => new(_install.Database, _install.Clock);

    private AnnotationService Service => new(Store, new Owners(_install.Database), Log, _install.Clock);

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private long Maas => Organisation(StandardStores.AanDeMaas);

    private long Zwolle => Organisation(StandardStores.Zwolle);

    private static AnnotationDraft Draft(long organisation, long? practice = null, string text = "Nieuwe fietswerkplaats geopend") =>
        new(organisation, practice, new DateOnly(2026, 3, 2), text);

    private static Actor Bestuur(long organisation) => Actor.For(new Viewer(4, "bestuur", "Bestuur", Role.Bestuur, AccessScope.Of([organisation])));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_director_adds_and_deletes_their_own_organisations_and_both_are_audited_with_the_text(DatabaseProvider provider)
    {
        Install(provider);
        var director = Actors.Directie(Maas);

        var added = Service.Add(director, Draft(Maas, Practice("BLE", "FIETS"), "  Nieuwe fietswerkplaats geopend "));
        Assert.Equal("Nieuwe fietswerkplaats geopend", added.Text);
        Assert.Equal("directie", added.CreatedBy);
        Assert.Equal([added.Id], Service.Visible(director).Select(a => a.Id));
        Assert.True(Service.Delete(director, added.Id));

        Assert.Empty(Store.All());
        var lines = Log.Read(new AuditQuery { Action = AuditAction.Gebeurtenis }).Reverse().Select(e => (e.UserName, e.Subject, e.Outcome, e.Wording?.Key)).ToList();
        Assert.Equal(
        [
            ("directie", "gebeurtenis van BLE/FIETS op 2026-03-02: 'Nieuwe fietswerkplaats geopend'", "toegevoegd", "gebeurtenis.toegevoegd"),
            ("directie", "gebeurtenis van BLE/FIETS op 2026-03-02: 'Nieuwe fietswerkplaats geopend'", "verwijderd", "gebeurtenis.verwijderd"),
        ], lines);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_administrator_writes_about_any_organisation(DatabaseProvider provider)
    {
        Install(provider);

        var added = Service.Add(Actors.Beheerder(), Draft(Zwolle));

        Assert.Equal(Zwolle, Assert.Single(Store.All()).OrganisationId);
        Assert.Contains("gebeurtenis van Kringloop Zwolle op 2026-03-02", Assert.Single(Log.Read(new AuditQuery { Action = AuditAction.Gebeurtenis })).Subject);
        Assert.True(Service.Delete(Actors.Beheerder(), added.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_director_cannot_write_about_another_organisation_nor_put_its_practice_under_their_own(DatabaseProvider provider)
    {
        Install(provider);
        var theirs = Service.Add(Actors.Beheerder(), Draft(Zwolle));
        var director = Actors.Directie(Maas);

        var adding = Assert.Throws<AccessDeniedException>(() => Service.Add(director, Draft(Zwolle)));
        var practiceElsewhere = Assert.Throws<AccessDeniedException>(() => Service.Add(director, Draft(Maas, Practice("ZWO", "TEXT"))));
        var deleting = Assert.Throws<AccessDeniedException>(() => Service.Delete(director, theirs.Id));
        var unknown = Assert.Throws<AccessDeniedException>(() => Service.Delete(director, 999));

        Assert.Equal(ActionRights.OutsideScope, adding.Message);
        Assert.All(new[] { practiceElsewhere, deleting, unknown }, e => Assert.Equal(adding.Message, e.Message));
        Assert.Empty(Service.Visible(director));
        Assert.Equal([theirs.Id], Store.All().Select(a => a.Id));
        Assert.Equal(1, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_board_and_communications_staff_read_but_do_not_write(DatabaseProvider provider)
    {
        Install(provider);
        var added = Service.Add(Actors.Beheerder(), Draft(Maas));

        foreach (var reader in new[] { Bestuur(Maas), Actors.Communicatie(Maas) })
        {
            Assert.Equal(ActionRights.NoRight, Assert.Throws<AccessDeniedException>(() => Service.Add(reader, Draft(Maas))).Message);
            Assert.Equal(ActionRights.NoRight, Assert.Throws<AccessDeniedException>(() => Service.Delete(reader, added.Id)).Message);
            Assert.Equal([added.Id], Service.Visible(reader).Select(a => a.Id));
            Assert.False(AnnotationService.MayWrite(reader, Maas));
        }
        Assert.True(AnnotationService.MayWrite(Actors.Directie(Maas), Maas));
        Assert.False(AnnotationService.MayWrite(Actors.Directie(Maas), Zwolle));
        Assert.Single(Store.All());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_refused_text_stores_nothing_and_records_nothing(DatabaseProvider provider)
    {
        Install(provider);

        var refused = Assert.Throws<InvalidFieldsException>(() => Service.Add(Actors.Beheerder(), Draft(Maas, text: new string('x', 81))));

        Assert.Equal(AnnotationRules.TextField, Assert.Single(refused.Problems).Field);
        Assert.Empty(Store.All());
        Assert.Equal(0, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_command_line_may_write_and_is_named_in_the_audit_log(DatabaseProvider provider)
    {
        Install(provider);

        Service.Add(Actor.CommandLine, Draft(Maas));

        Assert.Equal(Actor.CommandLineName, Assert.Single(Log.Read(new AuditQuery { Action = AuditAction.Gebeurtenis })).UserName);
    }

    public void Dispose() => _install?.Dispose();
}
