using Dashboard.Data.Annotations;

namespace Dashboard.Tests.Annotations;

/// <summary>What an annotation may hold (docs/weergave-en-export.md#gebeurtenissen): a known day and a short plain text.</summary>
public sealed class AnnotationRulesTests
{
    private static AnnotationDraft Draft(string? text, DateOnly? date = null) => new(1, null, date ?? new DateOnly(2026, 3, 2), text);

    [Fact]
    public void A_short_text_on_a_known_day_passes_trimmed_to_its_limit()
    {
        Assert.Empty(AnnotationRules.Check(Draft("Nieuwe fietswerkplaats geopend")));
        Assert.Empty(AnnotationRules.Check(Draft("  " + new string('a', AnnotationRules.MaxLength) + "  ")));
        Assert.Empty(AnnotationRules.Check(Draft("Samenwerking met Kringloop & Co")));
    }

    [Fact]
    public void Above_80_characters_is_refused_in_Dutch_with_the_limit_and_the_length()
    {
        var problem = Assert.Single(AnnotationRules.Check(Draft(new string('a', 81))));

        Assert.Equal(AnnotationRules.TextField, problem.Field);
        Assert.Equal("De tekst is 81 tekens lang; hoogstens 80, zodat hij naast de grafiek past.", problem.Dutch);
        Assert.Equal("The text is 81 characters long; at most 80, so that it fits beside the chart.", problem.English);
    }

    [Theory]
    [InlineData("<b>Open dag</b>")]
    [InlineData("Open dag <script>")]
    [InlineData("Instroom > verwacht")]
    public void Markup_is_refused(string text)
    {
        var problem = Assert.Single(AnnotationRules.Check(Draft(text)));

        Assert.Equal("De tekst mag geen < of > bevatten: een gebeurtenis is gewone tekst, zonder opmaak.", problem.Dutch);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_empty_text_is_refused(string? text) =>
        Assert.Equal("Vul in wat er gebeurde, in een paar woorden.", Assert.Single(AnnotationRules.Check(Draft(text))).Dutch);

    [Fact]
    public void A_line_break_or_control_character_is_refused() =>
        Assert.Equal(AnnotationRules.TextField, Assert.Single(AnnotationRules.Check(Draft("Open\ndag"))).Field);

    [Fact]
    public void The_day_must_be_given_and_lie_within_the_dates_the_dashboard_knows()
    {
        Assert.Equal("Vul de datum van de gebeurtenis in.", Assert.Single(AnnotationRules.Check(new AnnotationDraft(1, null, null, "Open dag"))).Dutch);
        var early = Assert.Single(AnnotationRules.Check(Draft("Open dag", new DateOnly(1899, 12, 31))));

        Assert.Equal(AnnotationRules.DateField, early.Field);
        Assert.Equal("De datum ligt niet tussen 01-01-1900 en 31-12-2199, de datums die het dashboard kent.", early.Dutch);
        Assert.Single(AnnotationRules.Check(Draft("Open dag", new DateOnly(2200, 1, 1))));
    }
}
