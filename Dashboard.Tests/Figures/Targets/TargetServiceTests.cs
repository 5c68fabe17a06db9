using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Targets;

/// <summary>
/// Targets through their one door: a director changes those of their own organisation only, whatever a page sends —
/// another organisation's and one that does not exist are refused in the same words, and nothing changes.
/// </summary>
public sealed class TargetServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private TargetService Service => new(new TargetStore(_install.Database), new Owners(_install.Database), Log);

    private AuditLog Log => new(_install.Database, _install.Clock);

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private Actor DirectieAanDeMaas => Actors.Directie(Organisation(StandardStores.AanDeMaas));

    public static TheoryData<DatabaseProvider, string> ForeignOwners =>
        Providers.Each("other organisation", "other practice", "unknown organisation", "unknown practice");

    private Target Foreign(string owner) => owner switch
    {
        "other organisation" => Target.ForOrganisation(2026, IndicatorCode.P1, Organisation(StandardStores.Zwolle), 10),
        "other practice" => Target.ForPractice(2026, IndicatorCode.P1, Practice("ZWO", "TEXT"), 10),
        "unknown organisation" => Target.ForOrganisation(2026, IndicatorCode.P1, 999, 10),
        _ => Target.ForPractice(2026, IndicatorCode.P1, 999, 10),
    };

    [Theory]
    [MemberData(nameof(ForeignOwners))]
    public void A_directie_cannot_set_a_target_outside_their_organisation_and_learns_nothing_about_it(DatabaseProvider provider, string owner)
    {
        Install(provider);
        var refused = Assert.Throws<AccessDeniedException>(() => Service.Save(DirectieAanDeMaas, Foreign(owner)));

        Assert.Equal("Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.", refused.Message);
        Assert.Equal(0, _install.Count("targets"));
        Assert.Equal(0, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(ForeignOwners))]
    public void A_directie_cannot_delete_a_target_outside_their_organisation(DatabaseProvider provider, string owner)
    {
        Install(provider);
        var target = Foreign(owner);
        if (!owner.StartsWith("unknown", StringComparison.Ordinal))
        {
            Service.Save(Actors.Beheerder(), target);
        }
        var before = _install.Count("targets");

        var refused = Assert.Throws<AccessDeniedException>(() => Service.Delete(DirectieAanDeMaas, target));

        Assert.Equal("Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.", refused.Message);
        Assert.Equal(before, _install.Count("targets"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_directie_sets_changes_and_deletes_their_own_targets_each_audited_under_their_name(DatabaseProvider provider)
    {
        Install(provider);
        var own = Target.ForPractice(2026, IndicatorCode.P1, Practice("AAN", "REST"), 12.5m);

        Assert.False(Service.Save(DirectieAanDeMaas, own));
        Assert.True(Service.Save(DirectieAanDeMaas, own with { Value = 14 }));
        Assert.True(Service.Delete(DirectieAanDeMaas, own));

        Assert.Equal(0, _install.Count("targets"));
        var lines = Log.Read(new AuditQuery { Action = AuditAction.Streefwaarden }).Reverse()
            .Select(e => (e.UserName, e.Subject, e.Outcome, e.Wording?.Key)).ToList();
        Assert.Equal(
        [
            ("directie", "P1 2026 voor Restaurant De Pan — Aan de Maas Centrum (AAN/REST): 12,5", "toegevoegd", "streefwaarden.toegevoegd"),
            ("directie", "P1 2026 voor Restaurant De Pan — Aan de Maas Centrum (AAN/REST): 14", "gewijzigd", "streefwaarden.gewijzigd"),
            ("directie", "P1 2026 voor Restaurant De Pan — Aan de Maas Centrum (AAN/REST)", "verwijderd", "streefwaarden.verwijderd"),
        ], lines);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_administrator_is_told_what_is_wrong_with_an_owner_that_does_not_exist(DatabaseProvider provider)
    {
        Install(provider);
        var refused = Assert.Throws<ArgumentException>(() => Service.Save(Actors.Beheerder(), Target.ForOrganisation(2026, IndicatorCode.P1, 999, 10)));

        Assert.StartsWith("Er bestaat geen organisatie met nummer 999.", refused.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_role_that_does_not_edit_targets_is_refused_even_in_its_own_organisation(DatabaseProvider provider)
    {
        Install(provider);
        var own = Target.ForOrganisation(2026, IndicatorCode.P1, Organisation(StandardStores.AanDeMaas), 10);

        Assert.Throws<AccessDeniedException>(() => Service.Save(Actors.Communicatie(Organisation(StandardStores.AanDeMaas)), own));
        Assert.Equal(0, _install.Count("targets"));
    }

    public void Dispose() => _install?.Dispose();
}
