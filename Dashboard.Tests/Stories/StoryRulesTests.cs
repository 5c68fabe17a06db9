using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Stories;
using Dashboard.Data.Validation;

namespace Dashboard.Tests.Stories;

/// <summary>
/// What a story may hold (docs/verhalen.md): consent is required and not in the future, the text is bounded, and title,
/// text and quote name nobody by anything but a first name — each kind of identifier refused with what and where it is,
/// while amounts, years, codes and recent dates pass.
/// </summary>
public sealed class StoryRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 15);

    private static StoryDraft Valid() => new(1)
    {
        Title = "Sanne vond haar plek",
        Text = "Sanne begon in de sorteerruimte en werkt nu in de winkel.",
        Date = new DateOnly(2026, 10, 1),
        ConsentDate = new DateOnly(2026, 9, 20),
        Outcomes = [IndicatorCode.P4R, IndicatorCode.P13],
    };

    private static IReadOnlyList<FieldProblem> Check(StoryDraft draft) => StoryRules.Check(draft, Today);

    [Fact]
    public void A_complete_story_with_consent_given_today_passes()
    {
        var draft = Valid();
        draft.ConsentDate = Today;
        draft.Date = Today;

        Assert.Empty(Check(draft));
    }

    [Fact]
    public void Without_consent_a_story_is_refused_saying_consent_is_required()
    {
        var draft = Valid();
        draft.ConsentDate = null;

        var problem = Assert.Single(Check(draft));

        Assert.Equal(StoryRules.ConsentDate, problem.Field);
        Assert.Equal("Vul de datum in waarop de deelnemer toestemming gaf: zonder toestemming wordt een verhaal niet opgeslagen.", problem.Dutch);
        Assert.Equal("Fill in the date on which the participant gave consent: without consent a story is not saved.", problem.English);
    }

    [Fact]
    public void Consent_given_after_today_is_refused()
    {
        var draft = Valid();
        draft.ConsentDate = Today.AddDays(1);

        var problem = Assert.Single(Check(draft));

        Assert.Equal(StoryRules.ConsentDate, problem.Field);
        Assert.Equal("De toestemming kan niet na vandaag (15-11-2026) gegeven zijn; 16-11-2026 ligt in de toekomst.", problem.Dutch);
    }

    [Fact]
    public void A_text_of_2000_characters_passes_and_one_more_is_refused_with_both_lengths()
    {
        var draft = Valid();
        draft.Text = new string('a', StoryRules.MaxTextLength);
        Assert.Empty(Check(draft));

        draft.Text += "a";
        var problem = Assert.Single(Check(draft));

        Assert.Equal((StoryRules.Text, "De tekst is 2001 tekens lang; hoogstens 2000."), (problem.Field, problem.Dutch));
    }

    [Fact]
    public void Title_text_and_date_are_required()
    {
        var draft = new StoryDraft(1) { ConsentDate = Today };

        Assert.Equal([StoryRules.Title, StoryRules.Text, StoryRules.Date], Check(draft).Select(p => p.Field));
    }

    public static TheoryData<string, string, string> Identifiers => new()
    {
        { "Mail haar op sanne.de.vries@example.nl als je wilt.", "een e-mailadres", "sanne.de.vries@example.nl" },
        { "Bel Sanne op 06-12345678.", "een telefoonnummer", "06-12345678" },
        { "Bereikbaar via 06 1234 5678 of de winkel.", "een telefoonnummer", "06 1234 5678" },
        { "Haar nummer is +31 6 12345678.", "een telefoonnummer", "+31 6 12345678" },
        { "Of vast: 020-1234567.", "een telefoonnummer", "020-1234567" },
        { "Of vast: (020) 123 45 67.", "een telefoonnummer", "(020) 123 45 67" },
        { "Haar BSN is 123456789.", "een burgerservicenummer", "123456789" },
        { "Nummer 123.456.789 bij de gemeente.", "een burgerservicenummer", "123.456.789" },
        { "Nummer 123 456 789 bij de gemeente.", "een burgerservicenummer", "123 456 789" },
        { "Stort het op NL91 ABNA 0417 1643 00.", "een rekeningnummer", "NL91 ABNA 0417 1643 00" },
        { "Sanne is geboren op 12-03-1987.", "een geboortedatum", "12-03-1987" },
        { "Sanne (12/3/87) begon in de winkel.", "een geboortedatum", "12/3/87" },
        { "Sanne, geb. 12 maart 1987, begon in de winkel.", "een geboortedatum", "12 maart 1987" },
        { "Geboortedatum: 4 juni 2001.", "een geboortedatum", "4 juni 2001" },
        { "Ze is geboren op 12 maart en houdt van fietsen.", "een geboortedatum", "12 maart" },
    };

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Something_that_looks_like_an_identifier_in_the_text_is_refused_naming_what_and_where(string text, string looksLike, string fragment)
    {
        var draft = Valid();
        draft.Text = text;

        var problem = Assert.Single(Check(draft));

        Assert.Equal(StoryRules.Text, problem.Field);
        Assert.Equal($"De tekst bevat iets wat op {looksLike} lijkt: ‘{fragment}’. Een verhaal noemt alleen een voornaam of schuilnaam.", problem.Dutch);
        Assert.StartsWith("The text contains something that looks like ", problem.English, StringComparison.Ordinal);
        Assert.Contains($"‘{fragment}’", problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_names_the_field_the_identifier_is_in()
    {
        var draft = Valid();
        draft.Title = "Sanne (06-12345678)";
        draft.Quote = "Mail me: sanne@example.nl";

        var problems = Check(draft);

        Assert.Equal<(string, string)>(
        [
            (StoryRules.Title, "De titel bevat iets wat op een telefoonnummer lijkt: ‘06-12345678’. Een verhaal noemt alleen een voornaam of schuilnaam."),
            (StoryRules.Quote, "Het citaat bevat iets wat op een e-mailadres lijkt: ‘sanne@example.nl’. Een verhaal noemt alleen een voornaam of schuilnaam."),
        ], problems.Select(p => (p.Field, p.Dutch)));
        Assert.Equal("The title contains something that looks like a phone number: ‘06-12345678’. A story names only a first name or a pseudonym.",
            problems[0].Message(Language.English));
    }

    [Fact]
    public void A_bank_account_number_is_refused_in_both_languages()
    {
        var draft = Valid();
        draft.Quote = "Stort het op NL91ABNA0417164300.";

        var problem = Assert.Single(Check(draft));

        Assert.Equal("Het citaat bevat iets wat op een rekeningnummer lijkt: ‘NL91ABNA0417164300’. Een verhaal noemt alleen een voornaam of schuilnaam.", problem.Dutch);
        Assert.Equal("The quote contains something that looks like a bank account number (IBAN): ‘NL91ABNA0417164300’. A story names only a first name or a pseudonym.",
            problem.English);
    }

    [Theory]
    [InlineData("De winkel zette € 1.250 om met haar hulp, en in 2025 € 12.500,50.")]
    [InlineData("In 2025 en 2026 werkte ze 32 uur per week; P4R en P13 laten dat zien.")]
    [InlineData("Op 3 maart 2025 begon Sanne; op 12-09-2026 kreeg ze een contract.")]
    [InlineData("Ze sorteerde 1.250.000 kilo en verdiende € 123.456.789 voor de winkel — of 123.456.789 euro.")]
    [InlineData("Van 2019-2025 werkte ze hier, 3-4 dagen per week, van 9.00 tot 17.30 uur.")]
    [InlineData("Ze is 38 jaar en geboren in Venlo.")]
    public void Amounts_years_codes_and_recent_dates_pass(string text)
    {
        var draft = Valid();
        draft.Text = text;

        Assert.Empty(Check(draft));
    }

    [Fact]
    public void The_demo_stories_pass_the_rules_they_are_shown_under()
    {
        Assert.All(DemoStories.ByPath.Values, story => Assert.Empty(Check(story)));
    }
}
