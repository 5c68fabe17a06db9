using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.TheoryOfChange;

/// <summary>The default theory of change of every practice kind: complete, in the practice's own words, linked to the right indicators.</summary>
public class TheoryOfChangeDefaultsTests
{
    public static TheoryData<string> Kinds => new(Codes.PracticeKinds.Codes);

    private static PracticeInfo Practice(string kind, string name = "Werkplaats De Proef") =>
        new(7, "PRAK", name, kind, 3, "VNL", "Aan de Maas Venlo", "Venlo", null, 1, "Kringloop Aan de Maas");

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_complete_theory_of_change_for_that_practice(string kind)
    {
        var theory = TheoryOfChangeDefaults.For(Practice(kind));

        Assert.Equal(7, theory.PracticeId);
        Assert.Contains("afstand tot de arbeidsmarkt", theory.ImpactGoal);
        Assert.False(string.IsNullOrWhiteSpace(theory.Impact));
        Assert.NotEmpty(theory.TargetGroups);
        Assert.All(theory.TargetGroups, group => Assert.Equal(group, Codes.TargetGroups.Match(group)));
        Assert.InRange(theory.Stakeholders.Count, 3, 5);
        Assert.All(theory.Stakeholders, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Name));
            Assert.False(string.IsNullOrWhiteSpace(s.Contributes));
            Assert.False(string.IsNullOrWhiteSpace(s.Gains));
        });
        Assert.Contains(theory.Stakeholders, s => s.Name == "Deelnemers");
        Assert.True(theory.Activities.Count >= 3);
        Assert.All(theory.Activities, a => Assert.False(string.IsNullOrWhiteSpace(a)));
        Assert.NotEmpty(theory.Outputs);
        Assert.NotEmpty(theory.Outcomes);
        Assert.All(theory.Outputs.Concat(theory.Outcomes), s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
            Assert.NotEmpty(s.Indicators);
            Assert.All(s.Indicators, code => Assert.True(Enum.IsDefined(code)));
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Outcomes_link_only_to_the_right_things_and_cover_all_of_them(string kind)
    {
        var theory = TheoryOfChangeDefaults.For(Practice(kind));

        var linked = theory.Outcomes.SelectMany(o => o.Indicators).ToList();
        Assert.All(linked, code => Assert.Contains(code, ImpactQuestions.RightThings));
        Assert.Equal(ImpactQuestions.RightThings.Order(), linked.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Outputs_link_to_what_the_practice_delivers_never_to_an_outcome(string kind)
    {
        var theory = TheoryOfChangeDefaults.For(Practice(kind));

        var linked = theory.Outputs.SelectMany(o => o.Indicators).ToHashSet();
        Assert.DoesNotContain(linked, code => ImpactQuestions.RightThings.Contains(code));
        Assert.Superset(new HashSet<IndicatorCode> { IndicatorCode.P1, IndicatorCode.P8, IndicatorCode.P12 }, linked);
    }

    [Fact]
    public void Food_and_drink_claims_no_goods_reused()
    {
        var theory = TheoryOfChangeDefaults.For(Practice("horeca", "Restaurant De Pan"));

        Assert.DoesNotContain(theory.Outputs.SelectMany(o => o.Indicators), code => code is IndicatorCode.M1 or IndicatorCode.M2 or IndicatorCode.M3);
    }

    [Theory]
    [InlineData("horeca", "Restaurant De Pan")]
    [InlineData("fietsen", "Fietswerkplaats De Ketting")]
    [InlineData("textiel", "Textielatelier Maasdraad")]
    [InlineData("meubels", "Meubelwerkplaats Roerdal")]
    [InlineData("elektra", "Repairwerkplaats Elektra")]
    [InlineData("overig", "Ophaal- en bezorgdienst")]
    public void The_practices_own_name_opens_its_impact_goal(string kind, string name)
    {
        var theory = TheoryOfChangeDefaults.For(Practice(kind, name));

        Assert.Contains($"{name} biedt", theory.ImpactGoal);
    }

    [Theory]
    [InlineData("winkel")]
    [InlineData("sortering")]
    public void A_practice_with_a_generic_name_is_named_after_its_store(string kind)
    {
        var theory = TheoryOfChangeDefaults.For(Practice(kind, "Winkelvloer"));

        Assert.Contains("van Aan de Maas Venlo biedt", theory.ImpactGoal);
    }

    [Fact]
    public void The_impact_names_the_practices_city()
    {
        Assert.StartsWith("Meer mensen in Venlo ", TheoryOfChangeDefaults.For(Practice("fietsen")).Impact);
        Assert.StartsWith("Meer mensen in de regio ", TheoryOfChangeDefaults.For(Practice("fietsen") with { City = null }).Impact);
    }

    [Fact]
    public void An_unknown_kind_gets_the_general_theory_of_change()
    {
        Assert.Equal(TheoryOfChangeDefaults.For(Practice("overig")).ImpactGoal, TheoryOfChangeDefaults.For(Practice("kinderopvang")).ImpactGoal);
    }

    /// <summary>Every kind on each provider, for the one test here that stores something; the others need no database.</summary>
    public static TheoryData<DatabaseProvider, string> KindsOnEachProvider => Providers.Each([.. Codes.PracticeKinds.Codes]);

    [Theory]
    [MemberData(nameof(KindsOnEachProvider))]
    public void Every_default_is_accepted_by_the_store_unchanged(DatabaseProvider provider, string kind)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        var practiceId = install.Query<long>("SELECT id FROM practices WHERE code = 'REST'");
        var theory = TheoryOfChangeDefaults.For(Practice(kind) with { Id = practiceId });

        var saved = new TheoryOfChangeStore(install.Database).Save(theory);

        Assert.Equal(theory.ImpactGoal, saved.ImpactGoal);
        Assert.Equal(theory.TargetGroups, saved.TargetGroups);
        Assert.Equal(theory.Stakeholders, saved.Stakeholders);
        Assert.Equal(theory.Activities, saved.Activities);
        Assert.Equal(theory.Outputs.SelectMany(o => o.Indicators), saved.Outputs.SelectMany(o => o.Indicators));
        Assert.Equal(theory.Impact, saved.Impact);
    }
}
