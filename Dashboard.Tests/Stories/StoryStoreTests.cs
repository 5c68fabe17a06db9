using Dashboard.Data.Figures;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Stories;

/// <summary>The stories table on each provider: stored as written, listed newest first per practice, edited in place, deleted whole.</summary>
public sealed class StoryStoreTests : IDisposable
{
    private TestInstallation _install = null!;

    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private StoryStore Store => new(_install.Database, _install.Clock);

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private static StoryDraft Draft(long practiceId, string title, DateOnly date) => new(practiceId)
    {
        Title = title,
        Text = "  Sanne begon in de sorteerruimte.\nNu werkt ze in de winkel.  ",
        Quote = " ",
        Date = date,
        ConsentDate = new DateOnly(2026, 9, 1),
        Outcomes = [IndicatorCode.P4R, IndicatorCode.P13, IndicatorCode.P4R],
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_story_is_stored_as_written_with_its_codes_and_dates(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = Practice("AAN", "REST");

        var saved = Store.Save(Draft(restaurant, " Sanne ", new DateOnly(2026, 10, 1)));

        var read = Store.Get(saved.Id)!;
        Assert.Equivalent(saved, read, strict: true);
        Assert.Equal((restaurant, "Sanne", "Sanne begon in de sorteerruimte.\nNu werkt ze in de winkel.", (string?)null),
            (read.PracticeId, read.Title, read.Text, read.Quote));
        Assert.Equal([IndicatorCode.P4R, IndicatorCode.P13], read.Outcomes);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 9, 1)), (read.Date, read.ConsentDate));
        Assert.Equal("P4R,P13", _install.Query<string>("SELECT indicators FROM stories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_stories_of_the_practices_asked_for_come_newest_first_at_most_as_many_as_asked_with_the_total(DatabaseProvider provider)
    {
        Install(provider);
        var (restaurant, other) = (Practice("AAN", "REST"), Practice("ZWO", "TEXT"));
        Store.Save(Draft(restaurant, "Oud", new DateOnly(2025, 3, 1)));
        Store.Save(Draft(restaurant, "Nieuw", new DateOnly(2026, 10, 1)));
        Store.Save(Draft(other, "Elders", new DateOnly(2026, 11, 1)));

        Assert.Equal(["Nieuw", "Oud"], Store.ForPractices([restaurant]).Newest.Select(s => s.Title));
        Assert.Equal(["Elders", "Nieuw", "Oud"], Store.ForPractices([restaurant, other]).Newest.Select(s => s.Title));
        Assert.Equal(["Elders", "Nieuw"], Store.ForPractices([restaurant, other], limit: 2).Newest.Select(s => s.Title));
        Assert.Equal(3, Store.ForPractices([restaurant, other], limit: 2).Total);
        Assert.Empty(Store.ForPractices([]).Newest);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Editing_replaces_the_story_in_place_and_never_moves_it_to_another_practice(DatabaseProvider provider)
    {
        Install(provider);
        var (restaurant, other) = (Practice("AAN", "REST"), Practice("ZWO", "TEXT"));
        var saved = Store.Save(Draft(restaurant, "Eerst", new DateOnly(2026, 10, 1)));

        var edited = StoryDraft.From(saved);
        edited.Title = "Daarna";
        edited.Quote = "Hier hoor ik erbij.";
        Store.Save(edited);
        var moved = new StoryDraft(other, saved.Id) { Title = "Weg", Text = "Weg.", Date = saved.Date, ConsentDate = saved.ConsentDate };

        Assert.Throws<ArgumentException>(() => Store.Save(moved));
        Assert.Equal(("Daarna", "Hier hoor ik erbij.", restaurant), (Store.Get(saved.Id)!.Title, Store.Get(saved.Id)!.Quote, Store.Get(saved.Id)!.PracticeId));
        Assert.Equal(1, _install.Count("stories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void An_invalid_story_writes_nothing_and_deleting_leaves_nothing_of_it(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = Practice("AAN", "REST");
        var refused = Draft(restaurant, "Sanne", new DateOnly(2026, 10, 1));
        refused.ConsentDate = null;

        Assert.Throws<InvalidFieldsException>(() => Store.Save(refused));
        var saved = Store.Save(Draft(restaurant, "Sanne", new DateOnly(2026, 10, 1)));
        Assert.True(Store.Delete(saved.Id));

        Assert.False(Store.Delete(saved.Id));
        Assert.Null(Store.Get(saved.Id));
        Assert.Equal(0, _install.Count("stories"));
    }

    public void Dispose() => _install?.Dispose();
}
