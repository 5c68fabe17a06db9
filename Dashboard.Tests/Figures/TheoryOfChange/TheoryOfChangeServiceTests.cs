using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.TheoryOfChange;

/// <summary>
/// A theory of change through its one door: a director saves and deletes only those of their own organisation's
/// practices, whatever a page sends, and deleting one is audited as saving it is.
/// </summary>
public sealed class TheoryOfChangeServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private TheoryOfChangeStore Store => new(_install.Database, _install.Clock);

    private TheoryOfChangeService Service => new(Store, new Owners(_install.Database), Log);

    private AuditLog Log => new(_install.Database, _install.Clock);

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private Actor DirectieAanDeMaas => Actors.Directie(_install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'"));

    private static PracticeTheoryOfChange Theory(long practiceId) =>
        new(practiceId, "Mensen met een afstand tot de arbeidsmarkt leren een vak.", [], [], [], [], [], "");

    /// <summary>Another organisation's practice, and one that does not exist.</summary>
    public static TheoryData<DatabaseProvider, string, string> Outside => Providers.Each(("ZWO", "TEXT"), ("NOG", "NIET"));

    [Theory]
    [MemberData(nameof(Outside))]
    public void A_directie_cannot_save_or_delete_one_outside_their_organisation_and_learns_nothing_about_it(DatabaseProvider provider, string store, string code)
    {
        Install(provider);
        var practiceId = store == "ZWO" ? Practice(store, code) : 999;
        if (store == "ZWO")
        {
            Store.Save(Theory(practiceId));
        }

        var saving = Assert.Throws<AccessDeniedException>(() => Service.Save(DirectieAanDeMaas, Theory(practiceId) with { Impact = "Anders." }));
        var deleting = Assert.Throws<AccessDeniedException>(() => Service.Delete(DirectieAanDeMaas, practiceId));

        Assert.Equal("Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.", saving.Message);
        Assert.Equal(saving.Message, deleting.Message);
        Assert.Equal(store == "ZWO" ? "" : null, Store.Get(practiceId)?.Impact);
        Assert.Equal(0, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saving_and_deleting_are_both_audited_under_the_directors_name(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = Practice("AAN", "REST");

        Service.Save(DirectieAanDeMaas, Theory(restaurant));
        Assert.True(Service.Delete(DirectieAanDeMaas, restaurant));

        Assert.Null(Store.Get(restaurant));
        var lines = Log.Read(new AuditQuery { Action = AuditAction.Veranderingstheorie }).Reverse()
            .Select(e => (e.UserName, e.Subject, e.Outcome, e.Wording?.Key)).ToList();
        Assert.Equal(
        [
            ("directie", "AAN/REST", "opgeslagen", "veranderingstheorie.opgeslagen"),
            ("directie", "AAN/REST", "verwijderd", "veranderingstheorie.verwijderd"),
        ], lines);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Deleting_what_is_not_there_changes_nothing_and_records_nothing(DatabaseProvider provider)
    {
        Install(provider);
        Assert.False(Service.Delete(Actors.Beheerder(), Practice("AAN", "REST")));
        Assert.False(Service.Delete(Actors.Beheerder(), 999));

        Assert.Equal(0, _install.Count("audit_log"));
    }

    public void Dispose() => _install?.Dispose();
}
