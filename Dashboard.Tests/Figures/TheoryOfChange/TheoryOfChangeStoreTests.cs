using Dashboard.Data.Figures;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.TheoryOfChange;

/// <summary>Saving and reading a practice's theory of change on a real database of either provider, and what the store refuses.</summary>
public sealed class TheoryOfChangeStoreTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private TheoryOfChangeStore Store => new(_install.Database, _install.Clock);

    private long Restaurant => _install.Query<long>("SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' AND p.code = 'REST'");

    private PracticeTheoryOfChange Written() => new(
        Restaurant,
        "Restaurant De Pan biedt mensen met een afstand tot de arbeidsmarkt een leerwerkplek in keuken en bediening.",
        ["arbeidsbeperking", "nieuwkomer"],
        [
            new Stakeholder("Deelnemers", "Tijd en inzet.", "Werkervaring en een certificaat."),
            new Stakeholder("Gemeente Venlo", "Verwijzingen en re-integratiebudget.", "Inwoners die uitstromen naar werk."),
            new Stakeholder("Gasten", "", ""),
        ],
        ["Koken en serveren onder begeleiding.", "HACCP-training."],
        [
            new LinkedStatement("Werkleerplekken in het restaurant.", [IndicatorCode.P1, IndicatorCode.P2]),
            new LinkedStatement("Een gezellige sfeer.", []),
        ],
        [
            new LinkedStatement("Deelnemers vinden betaald werk.", [IndicatorCode.P4R, IndicatorCode.P6R]),
            new LinkedStatement("Deelnemers halen HACCP.", [IndicatorCode.P9]),
        ],
        "Meer mensen in Venlo doen mee.");

    private static void AssertSameContent(PracticeTheoryOfChange expected, PracticeTheoryOfChange actual)
    {
        Assert.Equal(expected.PracticeId, actual.PracticeId);
        Assert.Equal(expected.ImpactGoal, actual.ImpactGoal);
        Assert.Equal(expected.TargetGroups, actual.TargetGroups);
        Assert.Equal(expected.Stakeholders, actual.Stakeholders);
        Assert.Equal(expected.Activities, actual.Activities);
        Assert.Equal(expected.Outputs.Select(o => o.Text), actual.Outputs.Select(o => o.Text));
        Assert.Equal(expected.Outputs.Select(o => o.Indicators), actual.Outputs.Select(o => o.Indicators));
        Assert.Equal(expected.Outcomes.Select(o => o.Text), actual.Outcomes.Select(o => o.Text));
        Assert.Equal(expected.Outcomes.Select(o => o.Indicators), actual.Outcomes.Select(o => o.Indicators));
        Assert.Equal(expected.Impact, actual.Impact);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_practice_without_a_theory_of_change_has_none(DatabaseProvider provider)
    {
        Install(provider);
        Assert.Null(Store.Get(Restaurant));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Every_field_and_every_indicator_link_survives_the_round_trip(DatabaseProvider provider)
    {
        Install(provider);
        var written = Written();

        Store.Save(written);
        var read = Store.Get(Restaurant);

        Assert.NotNull(read);
        AssertSameContent(written, read);
        Assert.Equal(_install.Clock.GetLocalNow(), read.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saving_returns_what_was_stored(DatabaseProvider provider)
    {
        Install(provider);
        var saved = Store.Save(Written());

        AssertSameContent(Store.Get(Restaurant)!, saved);
        Assert.Equal(_install.Clock.GetLocalNow(), saved.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_content_is_stored_as_camel_case_JSON_with_indicator_codes_as_text(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Written());

        var content = _install.Query<string>("SELECT content FROM theories_of_change");
        Assert.Contains("\"impactGoal\":", content);
        Assert.Contains("\"targetGroups\":[\"arbeidsbeperking\",\"nieuwkomer\"]", content);
        Assert.Contains("\"contributes\":", content);
        Assert.Contains("\"indicators\":[\"P4R\",\"P6R\"]", content);
        Assert.DoesNotContain("practiceId", content);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Saving_again_replaces_the_theory_of_change(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Written());
        Store.Save(Written() with { ImpactGoal = "Een nieuw doel.", Outcomes = [new LinkedStatement("Minder uitval.", [IndicatorCode.P7R])] });

        var read = Store.Get(Restaurant)!;
        Assert.Equal("Een nieuw doel.", read.ImpactGoal);
        Assert.Equal([IndicatorCode.P7R], Assert.Single(read.Outcomes).Indicators);
        Assert.Equal(1, _install.Count("theories_of_change"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Texts_are_trimmed_and_target_groups_stored_once_in_their_canonical_code(DatabaseProvider provider)
    {
        Install(provider);
        Store.Save(Written() with
        {
            ImpactGoal = "  Werk en leren.  ",
            TargetGroups = ["Zonder werk", "zonder_werk", "NIEUWKOMER"],
            Outputs = [new LinkedStatement(" Uren. ", [IndicatorCode.P8, IndicatorCode.P8])],
        });

        var read = Store.Get(Restaurant)!;
        Assert.Equal("Werk en leren.", read.ImpactGoal);
        Assert.Equal(["zonder_werk", "nieuwkomer"], read.TargetGroups);
        Assert.Equal("Uren.", Assert.Single(read.Outputs).Text);
        Assert.Equal([IndicatorCode.P8], Assert.Single(read.Outputs).Indicators);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Delete_removes_the_theory_of_change_of_that_practice_only(DatabaseProvider provider)
    {
        Install(provider);
        var fietsen = _install.Query<long>("SELECT id FROM practices WHERE code = 'FIETS'");
        Store.Save(Written());
        Store.Save(Written() with { PracticeId = fietsen });

        Assert.True(Store.Delete(Restaurant));
        Assert.False(Store.Delete(Restaurant));

        Assert.Null(Store.Get(Restaurant));
        Assert.NotNull(Store.Get(fietsen));
    }

    private static readonly (string Description, Func<PracticeTheoryOfChange, PracticeTheoryOfChange> Change, string Message)[] InvalidCases =
    [
        ("empty impact goal", t => t with { ImpactGoal = "   " }, "Vul het impactdoel in"),
        ("unknown target group", t => t with { TargetGroups = ["nieuwkomer", "statushouder"] }, "Onbekende doelgroep 'statushouder'"),
        ("target group suggestion", t => t with { TargetGroups = ["zonderwerk!"] }, "bedoelt u 'zonder_werk'?"),
        ("stakeholder without a name", t => t with { Stakeholders = [new Stakeholder(" ", "Geld.", "Resultaat.")] }, "belanghebbende heeft een naam nodig"),
        ("empty activity", t => t with { Activities = ["Koken.", ""] }, "activiteit mag niet leeg zijn"),
        ("empty output", t => t with { Outputs = [new LinkedStatement("", [IndicatorCode.P1])] }, "output mag niet leeg zijn"),
        ("empty outcome", t => t with { Outcomes = [new LinkedStatement(" ", [])] }, "outcome mag niet leeg zijn"),
        ("unknown indicator", t => t with { Outcomes = [new LinkedStatement("Iets.", [(IndicatorCode)99])] }, "Onbekende indicator '99' bij outcome 'Iets.'"),
        ("unknown practice", t => t with { PracticeId = 9999 }, "geen praktijk met nummer 9999"),
    ];

    public static TheoryData<DatabaseProvider, string, Func<PracticeTheoryOfChange, PracticeTheoryOfChange>, string> Invalid => Providers.Each(InvalidCases);

    [Theory]
    [MemberData(nameof(Invalid))]
    public void An_invalid_theory_of_change_is_refused_with_a_Dutch_message(
        DatabaseProvider provider, string description, Func<PracticeTheoryOfChange, PracticeTheoryOfChange> change, string message)
    {
        Install(provider);
        var refusal = Assert.Throws<ArgumentException>(() => Store.Save(change(Written())));

        Assert.True(refusal.Message.Contains(message, StringComparison.Ordinal), $"{description}: {refusal.Message}");
        Assert.Equal(0, _install.Count("theories_of_change"));
    }

    public void Dispose() => _install?.Dispose();
}
