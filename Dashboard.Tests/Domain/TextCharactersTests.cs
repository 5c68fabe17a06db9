using Dashboard.Data.Domain;

namespace Dashboard.Tests.Domain;

/// <summary>
/// The characters no name or text people type may hold — control characters, bidirectional overrides and isolates,
/// U+FFFD and the noncharacters — named when refused, shown by their code when quoted, and left out where a stored name
/// is drawn.
/// </summary>
public sealed class TextCharactersTests
{
    [Theory]
    [InlineData("Aan de Maas Venlo\u0007", "teken U+0007 (besturingsteken) is niet toegestaan")]
    [InlineData("Aan de\nMaas", "teken U+000A (besturingsteken) is niet toegestaan")]
    [InlineData("Aan de\u0085Maas", "teken U+0085 (besturingsteken) is niet toegestaan")]
    [InlineData("Kringloop \u202EsaaM", "teken U+202E (tekstrichtingsteken) is niet toegestaan")]
    [InlineData("Kringloop \u2067Maas\u2069", "teken U+2067 (tekstrichtingsteken) is niet toegestaan")]
    [InlineData("Caf\uFFFD", "teken U+FFFD (vervangingsteken voor een onleesbaar teken) is niet toegestaan")]
    [InlineData("Maas\uFFFF", "teken U+FFFF (geen teken) is niet toegestaan")]
    public void A_refused_character_is_named_by_its_code_and_kind(string text, string problem)
    {
        Assert.Equal(problem, TextCharacters.Problem(text));
    }

    [Theory]
    [InlineData("Kringloop ‘t Hôf — Café & Fietsen № 1 😀 مرحبا")]
    [InlineData("")]
    public void Letters_of_every_script_punctuation_and_symbols_are_allowed(string text)
    {
        Assert.Null(TextCharacters.Problem(text));
    }

    [Fact]
    public void A_text_of_more_than_one_line_may_hold_line_breaks_but_no_other_control_character()
    {
        Assert.Null(TextCharacters.Problem("Eerste regel.\r\nTweede regel.\n", multiLine: true));
        Assert.Equal("teken U+0009 (besturingsteken) is niet toegestaan", TextCharacters.Problem("Eerste\tregel.", multiLine: true));
        Assert.Equal("teken U+202E (tekstrichtingsteken) is niet toegestaan", TextCharacters.Problem("Eerste \u202Elreger.", multiLine: true));
    }

    [Fact]
    public void Quoted_in_a_message_each_refused_character_shows_as_its_code()
    {
        Assert.Equal("Aan de Maas Venlo[U+0007]", TextCharacters.Visible("Aan de Maas Venlo\u0007"));
        Assert.Equal("[U+202E]naP eD", TextCharacters.Visible("\u202EnaP eD"));
        Assert.Equal("Café", TextCharacters.Visible("Café"));
    }

    [Theory]
    [InlineData("Aan de Maas Venlo\u0007", "Aan de Maas Venlo")]
    [InlineData("Kringloop \u202EAan de Maas", "Kringloop Aan de Maas")]
    [InlineData("\u2066Restaurant\u2069 De\u001B Pan\u009B", "Restaurant De Pan")]
    [InlineData("Aan de\nMaas\tVenlo", "Aan de Maas Venlo")]
    [InlineData("Caf\uFFFD \uFFFFDe Pan", "Caf\uFFFD De Pan")]
    public void Drawn_a_stored_name_loses_what_XML_cannot_hold_or_what_reorders_it(string stored, string drawn)
    {
        Assert.Equal(drawn, TextCharacters.Drawable(stored));
    }

    [Fact]
    public void Drawn_a_lone_half_of_a_surrogate_pair_goes_and_a_whole_pair_stays()
    {
        var stored = "Kringloop " + (char)0xD800 + "Maas 😀" + (char)0xDE00;

        Assert.Equal("Kringloop Maas 😀", TextCharacters.Drawable(stored));
    }

    [Fact]
    public void A_name_with_nothing_to_leave_out_is_drawn_as_it_is()
    {
        const string name = "Aan de Maas Centrum";

        Assert.Same(name, TextCharacters.Drawable(name));
    }
}
