using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Stories;

/// <summary>
/// Stories through their one door: a director writes those of their own organisation's practices only, the board none;
/// an administrator any. Adding, editing and withdrawing consent are audited by number and practice, never by content —
/// and withdrawing consent deletes the story.
/// </summary>
public sealed class StoryServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private StoryStore Store => new(_install.Database, _install.Clock);

    private StoryService Service => new(Store, new Owners(_install.Database), Log, _install.Clock);

    private AuditLog Log => new(_install.Database, _install.Clock);

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private Actor DirectieAanDeMaas => Actors.Directie(Organisation(StandardStores.AanDeMaas));

    private const string Secret = "Sanne vertelt over haar eerste werkdag.";

    private static StoryDraft Draft(long practiceId, long? id = null) => new(practiceId, id)
    {
        Title = "Sanne vond haar plek",
        Text = Secret,
        Quote = "Ik hoor erbij.",
        Date = new DateOnly(2026, 10, 1),
        ConsentDate = new DateOnly(2026, 9, 1),
        Outcomes = [IndicatorCode.P4R],
    };

    /// <summary>Another organisation's practice, and one that does not exist.</summary>
    public static TheoryData<DatabaseProvider, string, string> Outside => Providers.Each(("ZWO", "TEXT"), ("NOG", "NIET"));

    [Theory]
    [MemberData(nameof(Outside))]
    public void A_directie_cannot_write_a_story_outside_their_organisation_and_learns_nothing_about_it(DatabaseProvider provider, string store, string code)
    {
        Install(provider);
        var practiceId = store == "ZWO" ? Practice(store, code) : 999;
        var existing = store == "ZWO" ? Store.Save(Draft(practiceId)).Id : 999;

        var adding = Assert.Throws<AccessDeniedException>(() => Service.Save(DirectieAanDeMaas, Draft(practiceId)));
        var editing = Assert.Throws<AccessDeniedException>(() => Service.Save(DirectieAanDeMaas, Draft(practiceId, existing)));
        // A story of another organisation sent as if it were one of their own practice's.
        var smuggled = Assert.Throws<AccessDeniedException>(() => Service.Save(DirectieAanDeMaas, Draft(Practice("AAN", "REST"), existing)));
        var withdrawing = Assert.Throws<AccessDeniedException>(() => Service.WithdrawConsent(DirectieAanDeMaas, existing));

        Assert.Equal("Geen toegang: dit valt buiten de organisaties waarvoor u rechten hebt.", adding.Message);
        Assert.All([editing, smuggled, withdrawing], e => Assert.Equal(adding.Message, e.Message));
        Assert.Equal(store == "ZWO" ? 1 : 0, _install.Count("stories"));
        Assert.Equal(0, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_board_and_communications_write_none_even_of_their_own_organisation(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = Practice("AAN", "REST");
        var bestuur = Actor.For(new Viewer(4, "bestuur", "Bestuur", Role.Bestuur, AccessScope.Of([Organisation(StandardStores.AanDeMaas)])));

        var board = Assert.Throws<AccessDeniedException>(() => Service.Save(bestuur, Draft(restaurant)));
        var communications = Assert.Throws<AccessDeniedException>(() => Service.Save(Actors.Communicatie(Organisation(StandardStores.AanDeMaas)), Draft(restaurant)));

        Assert.Equal("Geen toegang: uw rol mag dit niet.", board.Message);
        Assert.Equal(board.Message, communications.Message);
        Assert.Equal(0, _install.Count("stories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Adding_editing_and_withdrawing_are_audited_by_number_and_practice_without_the_content(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = Practice("AAN", "REST");

        var added = Service.Save(DirectieAanDeMaas, Draft(restaurant));
        Service.Save(Actors.Beheerder(), Draft(restaurant, added.Id));
        var withdrawn = Service.WithdrawConsent(DirectieAanDeMaas, added.Id);

        Assert.Equal(new WithdrawnStory(added.Id, restaurant, TestInstallation.Today), withdrawn);
        Assert.Null(Store.Get(added.Id));
        Assert.Equal(0, _install.Count("stories"));
        var lines = Log.Read(new AuditQuery { Action = AuditAction.Verhalen }).Reverse()
            .Select(e => (e.UserName, e.Subject, e.Outcome, e.Wording?.Key)).ToList();
        Assert.Equal(
        [
            ("directie", $"verhaal {added.Id} · AAN/REST", "toegevoegd", "verhaal.toegevoegd"),
            ("beheerder", $"verhaal {added.Id} · AAN/REST", "gewijzigd", "verhaal.gewijzigd"),
            ("directie", $"verhaal {added.Id} · AAN/REST: toestemming ingetrokken op 2026-11-15", "verwijderd", "verhaal.toestemmingingetrokken"),
        ], lines);
        var everything = string.Join("\n", _install.Lines("SELECT subject || ' ' || outcome || ' ' || COALESCE(parameters, '') FROM audit_log"));
        Assert.DoesNotContain("Sanne", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("erbij", everything, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Withdrawing_consent_for_a_story_that_is_not_there_changes_nothing_and_records_nothing(DatabaseProvider provider)
    {
        Install(provider);

        Assert.Null(Service.WithdrawConsent(Actors.Beheerder(), 999));
        Assert.Equal(0, _install.Count("audit_log"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Everyone_reads_the_stories_of_the_practices_in_their_scope_and_only_a_writer_may_change_them(DatabaseProvider provider)
    {
        Install(provider);
        var (restaurant, other) = (Practice("AAN", "REST"), Practice("ZWO", "TEXT"));
        Service.Save(Actors.Beheerder(), Draft(restaurant));
        Service.Save(Actors.Beheerder(), Draft(other));
        var practices = new Data.Figures.Data.SnapshotCache(_install.Database).Get().Practices;
        var communicatie = Actors.Communicatie(Organisation(StandardStores.AanDeMaas)).Viewer!;

        var (read, _) = Service.Read(communicatie, practices);
        var (directie, _) = Service.Read(DirectieAanDeMaas.Viewer!, practices);

        Assert.Equal([(restaurant, false)], read.Select(c => (c.Story.PracticeId, c.MayWrite)));
        Assert.Equal([(restaurant, true)], directie.Select(c => (c.Story.PracticeId, c.MayWrite)));
        Assert.Equal(2, Service.Read(Actors.Beheerder().Viewer!, practices).Cards.Count(c => c.MayWrite));
    }

    public void Dispose() => _install?.Dispose();
}
