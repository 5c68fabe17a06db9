using Dashboard.Data.Stories;

namespace Dashboard.Tests.Stories;

/// <summary>
/// What the scan of a story's words takes for an identifier (docs/verhalen.md#alleen-een-voornaam): obfuscated and
/// pasted-from-Word forms are still identifiers, quoted as written; ordinary sentences with amounts, years, times,
/// postcodes and "geboren" in another sense pass; a long adversarial text is scanned without running away.
/// </summary>
public sealed class IdentifierScanTests
{
    private static readonly DateOnly Today = new(2026, 11, 15);

    public static TheoryData<string, IdentifierKind, string> Refused => new()
    {
        // E-mail, also obfuscated.
        { "Mail haar op sanne.de.vries@example.nl als je wilt.", IdentifierKind.Email, "sanne.de.vries@example.nl" },
        { "Schrijf naar jan @ gmail.com.", IdentifierKind.Email, "jan @ gmail.com" },
        { "Schrijf naar jan@gmail .com.", IdentifierKind.Email, "jan@gmail .com" },
        { "Schrijf naar jan(at)gmail.com.", IdentifierKind.Email, "jan(at)gmail.com" },
        { "Schrijf naar jan [at] gmail.com.", IdentifierKind.Email, "jan [at] gmail.com" },
        { "Schrijf naar jan at gmail punt com als je wilt.", IdentifierKind.Email, "jan at gmail punt com" },
        { "Schrijf naar jan apenstaartje gmail.com.", IdentifierKind.Email, "jan apenstaartje gmail.com" },
        // Phone, with every separator Word and people use.
        { "Bel Sanne op 06-12345678.", IdentifierKind.Phone, "06-12345678" },
        { "Bel Sanne op 06–12345678.", IdentifierKind.Phone, "06–12345678" },
        { "Bel Sanne op 06 – 12 34 56 78.", IdentifierKind.Phone, "06 – 12 34 56 78" },
        { "Bel Sanne op 06 - 12345678.", IdentifierKind.Phone, "06 - 12345678" },
        { "Of vast: 020 - 123 45 67.", IdentifierKind.Phone, "020 - 123 45 67" },
        { "Bel Sanne op 06.12345678.", IdentifierKind.Phone, "06.12345678" },
        { "Bel Sanne op 06.12.34.56.78.", IdentifierKind.Phone, "06.12.34.56.78" },
        { "Bel Sanne op 06/12345678.", IdentifierKind.Phone, "06/12345678" },
        { "Tel.0612345678", IdentifierKind.Phone, "0612345678" },
        { "Sanne, tel.06-12345678, werkt in de winkel.", IdentifierKind.Phone, "06-12345678" },
        { "Haar nummer is +31 (0) 6 - 1234 5678.", IdentifierKind.Phone, "+31 (0) 6 - 1234 5678" },
        { "Bel Sanne op 06‑12345678.", IdentifierKind.Phone, "06‑12345678" },
        { "Bel Sanne op 06\u00A012\u00A034\u00A056\u00A078.", IdentifierKind.Phone, "06\u00A012\u00A034\u00A056\u00A078" },
        { "Of vast: (020) 123 45 67.", IdentifierKind.Phone, "(020) 123 45 67" },
        // Citizen service number (BSN).
        { "Haar BSN is 123456789.", IdentifierKind.CitizenNumber, "123456789" },
        { "Nummer 123.456.789 bij de gemeente.", IdentifierKind.CitizenNumber, "123.456.789" },
        { "Nummer 1234.56.782 bij de gemeente.", IdentifierKind.CitizenNumber, "1234.56.782" },
        { "Nummer 1234 56 782 bij de gemeente.", IdentifierKind.CitizenNumber, "1234 56 782" },
        { "Nummer 123-456-782 bij de gemeente.", IdentifierKind.CitizenNumber, "123-456-782" },
        { "BSN123456782", IdentifierKind.CitizenNumber, "123456782" },
        { "BSN 12345678 staat op haar pas.", IdentifierKind.CitizenNumber, "12345678" },
        { "Haar burgerservicenummer: 12345678.", IdentifierKind.CitizenNumber, "12345678" },
        { "Sofinummer 12345678.", IdentifierKind.CitizenNumber, "12345678" },
        // Bank account number.
        { "Stort het op NL91ABNA0417164300.", IdentifierKind.BankAccount, "NL91ABNA0417164300" },
        { "Stort het op NL91 ABNA 0417 1643 00.", IdentifierKind.BankAccount, "NL91 ABNA 0417 1643 00" },
        { "Stort het op BE68 5390 0754 7034.", IdentifierKind.BankAccount, "BE68 5390 0754 7034" },
        // Date of birth: beside a birth word in the same clause, before or after, or a whole date long ago.
        { "Sanne is geboren op 12-03-1987.", IdentifierKind.BirthDate, "12-03-1987" },
        { "Ze is geboren op 12 maart en houdt van fietsen.", IdentifierKind.BirthDate, "12 maart" },
        { "Sanne, geb. 12 maart 1987, begon in de winkel.", IdentifierKind.BirthDate, "12 maart 1987" },
        { "Geboortedatum: 4 juni 2001.", IdentifierKind.BirthDate, "4 juni 2001" },
        { "Sanne was born March 12, 1990.", IdentifierKind.BirthDate, "March 12, 1990" },
        { "Sanne was born on 12th March 1990.", IdentifierKind.BirthDate, "12th March 1990" },
        { "Her birthday is 12 March.", IdentifierKind.BirthDate, "12 March" },
        { "DOB 12/03/2014.", IdentifierKind.BirthDate, "12/03/2014" },
        { "Sanne (12–03–1990) begon in de winkel.", IdentifierKind.BirthDate, "12–03–1990" },
        { "Hij is op 12 maart geboren.", IdentifierKind.BirthDate, "12 maart" },
        { "Zijn dochter werd op 3 mei 2015 geboren.", IdentifierKind.BirthDate, "3 mei 2015" },
        { "Geboren in Venlo op 3 maart, en nu werkt ze hier.", IdentifierKind.BirthDate, "3 maart" },
        // Indistinguishable from a baby's birth, so refused: a date of birth of a child is as personal as the participant's.
        { "Het idee werd geboren op 3 maart 2025.", IdentifierKind.BirthDate, "3 maart 2025" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_looks_like_an_identifier_is_found_and_quoted_as_written(string text, IdentifierKind kind, string fragment)
    {
        Assert.Equal((kind, fragment), IdentifierScan.First(text, Today));
    }

    [Theory]
    [InlineData("Geboren en getogen in Eindhoven; op 3 maart begon ze bij de kringloop.")]
    [InlineData("Een geboren verkoper: op 12-05 verkocht hij zijn eerste fiets.")]
    [InlineData("Op 12 maart bleek hij een geboren verkoper.")]
    [InlineData("Ze sorteerde 123.456.789 gram textiel.")]
    [InlineData("Ze sorteerde 123 456 789 kg, 123.456.789 stuks en 123456789 items.")]
    [InlineData("De winkel zette € 1.250 om met haar hulp, en in 2025 € 12.500,50.")]
    [InlineData("In 2019 begon ze; van 2019-2020 werkte ze hier.")]
    [InlineData("P4R en P13 laten dat zien.")]
    [InlineData("Om 10.30 uur begon ze, tot 17.30 uur.")]
    [InlineData("De winkel aan de Markt, 5611 AB Eindhoven, is open.")]
    [InlineData("Op 3 maart 2025 begon Sanne; op 12-09-2026 kreeg ze een contract.")]
    [InlineData("She worked at the shop. Then she moved at home.Now she works.")]
    [InlineData("Ze at een appel en dronk koffie.")]
    [InlineData("Ze is 38 jaar en geboren in Venlo.")]
    [InlineData("WE HELPEN 120 MENSEN PER JAAR IN DE REGIO.")]
    [InlineData("EU12 PROJECT IN GENK ging door.")]
    [InlineData("Van 3-4 dagen per week, 32 uur, 0 uur ziekte.")]
    public void Ordinary_sentences_pass(string text)
    {
        Assert.Null(IdentifierScan.First(text, Today));
    }

    public static TheoryData<string> Adversarial => new()
    {
        string.Concat(Enumerable.Repeat("0 ", 1000)),
        string.Concat(Enumerable.Repeat("a@", 1000)),
        string.Concat(Enumerable.Repeat("a.", 1000)),
        "a@" + string.Concat(Enumerable.Repeat("a.", 999)),
        string.Concat(Enumerable.Repeat("a at ", 400)),
        string.Concat(Enumerable.Repeat("1.", 1000)),
        string.Concat(Enumerable.Repeat("1-", 1000)),
        string.Concat(Enumerable.Repeat("NL", 1000)),
        string.Concat(Enumerable.Repeat("geboren ", 250)),
        "BSN" + new string(' ', 1997),
        new string('a', 1999) + "@",
        string.Concat(Enumerable.Repeat("12 maart ", 222)),
        string.Concat(Enumerable.Repeat("jan at gmail punt ", 111)),
    };

    /// <summary>Texts built to make a backtracking pattern run away: the scan finishes (each takes milliseconds), whatever it finds.</summary>
    [Theory]
    [MemberData(nameof(Adversarial))]
    public void A_long_adversarial_text_is_scanned(string text)
    {
        _ = IdentifierScan.First(text, Today);
    }
}
