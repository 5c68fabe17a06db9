using Dashboard.Data.Domain;

namespace Dashboard.Tests.Domain;

public class CodeListTests
{
    [Theory]
    [InlineData("zonderwerk", "zonder_werk")]
    [InlineData("Zonder Werk", "zonder_werk")]
    [InlineData("ZONDER-WERK", "zonder_werk")]
    [InlineData("zonder_werk", "zonder_werk")]
    [InlineData(" Arbeidsbeperking ", "arbeidsbeperking")]
    [InlineData("Nieuw-komer", "nieuwkomer")]
    public void Matches_like_headers_and_returns_the_canonical_code(string value, string canonical)
    {
        Assert.Equal(canonical, Codes.TargetGroups.Match(value));
    }

    [Theory]
    [InlineData("jongeren", "tot27")]
    [InlineData("Jongeren", "tot27")]
    [InlineData("27 tot 50", "27tot50")]
    public void Age_groups_accept_the_word_jongeren_for_tot27(string value, string canonical)
    {
        Assert.Equal(canonical, Codes.AgeGroups.Match(value));
        Assert.Equal(["tot27", "27tot50", "50plus"], Codes.AgeGroups.Codes);
    }

    [Theory]
    [InlineData("arbeidsbeperkng")]
    [InlineData("werkloos")]
    [InlineData("")]
    public void Does_not_match_an_unknown_value(string value)
    {
        Assert.Null(Codes.TargetGroups.Match(value));
    }

    public static TheoryData<CodeList, string, string> Typos => new()
    {
        { Codes.TargetGroups, "arbeidsbeperkng", "arbeidsbeperking" },
        { Codes.TargetGroups, "nieuwkomers", "nieuwkomer" },
        { Codes.TargetGroups, "zonder werkk", "zonder_werk" },
        { Codes.SalesCategories, "kleding", "kleding_textiel" },
        { Codes.SalesCategories, "meubel", "meubels" },
        { Codes.SalesCategories, "boeken", "boeken_media" },
        { Codes.TrajectoryTypes, "werkervaringsplaats", "werkervaring" },
        { Codes.Outcomes, "uitgevallen", "uitval" },
        { Codes.AgeGroups, "50+", "50plus" },
    };

    [Theory]
    [MemberData(nameof(Typos))]
    public void Suggests_the_nearest_known_code(CodeList codes, string value, string nearest)
    {
        Assert.Equal(nearest, codes.Nearest(value));
    }

    /// <summary>
    /// A typo one letter short of a long code also starts with a shorter code; the nearest is the long one.
    /// Suggesting betaald_werk (paid work outside) for a typo of betaald_werk_intern changes the meaning.
    /// </summary>
    [Theory]
    [InlineData("uitstroom", "betaald_werk_inter", "betaald_werk_intern")]
    [InlineData("uitstroom", "betaaldwerkintrn", "betaald_werk_intern")]
    [InlineData("regeling", "participatiewet_lk", "participatiewet_lks")]
    public void Suggests_the_code_one_letter_away_rather_than_a_shorter_prefix(string list, string value, string nearest)
    {
        var codes = list == "uitstroom" ? Codes.Outcomes : Codes.Schemes;
        Assert.Equal(nearest, codes.Nearest(value));
    }
}
