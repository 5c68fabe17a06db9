using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Settings;

/// <summary>The theory-of-change form: rows left empty disappear, what needs work is named per field, and it saves.</summary>
public sealed class TheoryOfChangeDraftTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();

    private PracticeInfo RestaurantPractice => new SnapshotCache(_install.Database).Get().Practices.Single(p => p.Path == "AAN/REST");

    private long Restaurant => RestaurantPractice.Id;

    private TheoryOfChangeStore Store => new(_install.Database, _install.Clock);

    private PracticeTheoryOfChange Example => TheoryOfChangeDefaults.For(RestaurantPractice);

    [Fact]
    public void A_theory_goes_through_the_form_unchanged()
    {
        var theory = Example;

        Assert.Equivalent(theory, TheoryOfChangeDraft.From(theory).ToTheory(), strict: true);
    }

    [Fact]
    public void The_empty_form_has_one_row_in_each_list_and_needs_only_an_impact_goal()
    {
        var draft = TheoryOfChangeDraft.Empty(Restaurant);
        Assert.Equal((1, 1, 1, 1), (draft.Stakeholders.Count, draft.Activities.Count, draft.Outputs.Count, draft.Outcomes.Count));

        draft.ImpactGoal = " Werk en leren. ";
        var theory = draft.ToTheory();

        Assert.Equal("Werk en leren.", theory.ImpactGoal);
        Assert.Empty(theory.Stakeholders);
        Assert.Empty(theory.Activities);
        Assert.Empty(theory.Outputs);
        Assert.Empty(theory.Outcomes);
    }

    [Fact]
    public void Rows_left_empty_are_left_out_and_the_rest_is_trimmed()
    {
        var draft = TheoryOfChangeDraft.From(Example);
        draft.Stakeholders.Insert(1, new StakeholderDraft { Name = " ", Contributes = "", Gains = "  " });
        draft.Activities.Add("   ");
        draft.Outputs.Add(new StatementDraft { Text = " Nieuwe output ", Indicators = [IndicatorCode.E1, IndicatorCode.E1] });
        draft.Outcomes.Add(new StatementDraft());

        var theory = draft.ToTheory();

        Assert.Equal(Example.Stakeholders.Count, theory.Stakeholders.Count);
        Assert.Equal(Example.Activities, theory.Activities);
        Assert.Equal("Nieuwe output", theory.Outputs[^1].Text);
        Assert.Equal([IndicatorCode.E1], theory.Outputs[^1].Indicators);
        Assert.Equal(Example.Outcomes.Count, theory.Outcomes.Count);
    }

    [Fact]
    public void A_text_holds_no_control_character_and_only_the_texts_of_more_lines_a_line_break()
    {
        var draft = TheoryOfChangeDraft.From(Example);
        draft.ImpactGoal = "Werk en leren\nvoor wie het zwaar heeft.";
        draft.Stakeholders[0].Name = "Gemeente\nVenlo";
        draft.Stakeholders[1].Gains = "Een plek\u0007.";
        draft.Activities[0] = "Koken \u202Eneerel";
        draft.Outcomes[0].Text = "Meer zelfvertrouwen\uFFFD";

        var refusal = Assert.Throws<InvalidFieldsException>(draft.ToTheory);

        Assert.Equal(["stakeholders[0].name", "stakeholders[1].gains", "activities[0]", "outcomes[0]"], refusal.Problems.Select(p => p.Field));
        Assert.Equal("Teken U+000A (besturingsteken) is niet toegestaan.", refusal.Problems[0].Dutch);
        Assert.Equal("Character U+0007 (control character) is not allowed.", refusal.Problems[1].English);
        Assert.Equal("Teken U+202E (tekstrichtingsteken) is niet toegestaan.", refusal.Problems[2].Dutch);
        Assert.Equal("Teken U+FFFD (vervangingsteken voor een onleesbaar teken) is niet toegestaan.", refusal.Problems[3].Dutch);
    }

    [Fact]
    public void What_needs_work_is_named_per_field_in_Dutch_and_English()
    {
        var draft = TheoryOfChangeDraft.From(Example);
        draft.ImpactGoal = "  ";
        draft.Stakeholders[2].Name = "";
        draft.Outputs[0].Text = " ";
        draft.Outcomes[1].Text = new string('x', TheoryOfChangeDraft.MaxText + 1);
        draft.Impact = new string('y', TheoryOfChangeDraft.MaxLongText + 1);

        var refusal = Assert.Throws<InvalidFieldsException>(draft.ToTheory);

        Assert.Equal(["impactGoal", "impact", "stakeholders[2].name", "outputs[0]", "outcomes[1]"], refusal.Problems.Select(p => p.Field));
        Assert.Equal("Vul het impactdoel in: wat wil deze goede praktijk bereiken, en voor wie?", refusal.Problems[0].Dutch);
        Assert.Equal("Give this stakeholder a name, or empty the row completely.", refusal.Problems[2].English);
        Assert.Contains("hoogstens 500 tekens, nu 501", refusal.Problems[4].Dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_more_rows_than_a_theory_of_change_fits_is_refused_per_list()
    {
        var draft = TheoryOfChangeDraft.From(Example);
        while (draft.Activities.Count <= TheoryOfChangeDraft.MaxItems)
        {
            draft.Activities.Add("Nog een activiteit");
        }
        draft.Stakeholders.AddRange(Enumerable.Range(0, TheoryOfChangeDraft.MaxItems - draft.Stakeholders.Count).Select(_ => new StakeholderDraft { Name = "Buurt" }));

        var refusal = Assert.Throws<InvalidFieldsException>(draft.ToTheory);

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("activities", problem.Field);
        Assert.Equal("Hoogstens 20 activiteiten, nu 21: haal er een paar weg.", problem.Dutch);
        Assert.Equal("At most 20 activities, now 21: remove a few.", problem.English);
    }

    [Fact]
    public void Started_from_the_example_saved_and_read_back_it_is_the_example()
    {
        var saved = Store.Save(TheoryOfChangeDraft.From(Example).ToTheory());

        var reread = Store.Get(Restaurant);

        Assert.NotNull(reread);
        Assert.Equivalent(Example with { UpdatedAt = saved.UpdatedAt }, reread, strict: true);
    }

    [Fact]
    public void The_fingerprint_tells_an_edited_form_from_an_untouched_one()
    {
        var draft = TheoryOfChangeDraft.From(Example);
        var loaded = draft.Fingerprint();
        Assert.Equal(loaded, TheoryOfChangeDraft.From(Example).Fingerprint());

        draft.Outcomes[0].Indicators = [IndicatorCode.P9];

        Assert.NotEqual(loaded, draft.Fingerprint());
    }

    public void Dispose() => _install.Dispose();
}
