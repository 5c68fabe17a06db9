using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Dashboard.Data.Stories;

/// <summary>
/// Finds what in a text looks like an e-mail address, a Dutch phone number, a nine-digit number (a citizen service
/// number, BSN), a bank account number (IBAN) or a date of birth (docs/verhalen.md#alleen-een-voornaam). It errs towards
/// refusing: a story needs none of these, and a false alarm costs a rewording, a missed one a participant's privacy.
/// Obfuscated forms count ("jan (at) gmail punt com", "06 – 12 34 56 78"); amounts ("€ 1.250", "123.456.789 gram"), years
/// ("in 2025"), times ("10.30 uur"), postcodes, indicator codes ("P4R") and recent dates pass.
/// Every pattern is bounded: atomic groups or disjoint character classes, so a long adversarial text scans in linear time.
/// </summary>
public static partial class IdentifierScan
{
    /// <summary>A date of a year this long before today may be a date of birth even without "geboren" beside it.</summary>
    public const int BirthYearsAgo = 15;

    /// <summary>How far before or after a date "geboren" and its kin are looked for, in characters; a few words.</summary>
    private const int NearKeyword = 60;

    /// <summary>The first thing in <paramref name="text"/> that looks like an identifier, with the fragment as written; null when none.</summary>
    public static (IdentifierKind Kind, string Fragment)? First(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Same length as the text, so an index in it is an index in what was written, and the fragment is quoted as written.
        var plain = Plain(text);
        if ((Email().Match(plain) is { Success: true } email ? email : ObfuscatedEmail().Match(plain)) is { Success: true } address)
        {
            return (IdentifierKind.Email, Written(text, address));
        }
        foreach (Match iban in Iban().Matches(plain))
        {
            if (IsBankAccount(iban))
            {
                return (IdentifierKind.BankAccount, Written(text, iban));
            }
        }
        if (Phone().Match(plain) is { Success: true } phone)
        {
            // "(020) 1234567" keeps its bracket; "(06-12345678)" is quoted without the one the sentence opened.
            var number = Written(text, phone).Trim();
            return (IdentifierKind.Phone, number.Contains(')') ? number : number.TrimStart('('));
        }
        if ((CitizenNumberAfterKeyword().Match(plain) is { Success: true } named ? named.Groups["number"] : NineDigits().Match(plain)) is
            { Success: true } citizenNumber)
        {
            return (IdentifierKind.CitizenNumber, text.Substring(citizenNumber.Index, citizenNumber.Length));
        }
        foreach (var date in Dates(plain))
        {
            if (IsBirthDate(plain, date, today))
            {
                return (IdentifierKind.BirthDate, Written(text, date));
            }
        }
        return null;
    }

    /// <summary>
    /// The text with every dash-like character as '-' (Word turns " - " into an en dash; U+2011 is a hyphen that does not
    /// break) and soft hyphens and zero-width characters as spaces, one character for one.
    /// </summary>
    private static string Plain(string text) => string.Create(text.Length, text, static (plain, written) =>
    {
        for (var i = 0; i < written.Length; i++)
        {
            plain[i] = written[i] switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
                '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => ' ',
                var c => c,
            };
        }
    });

    private static string Written(string text, Match match) => text.Substring(match.Index, match.Length);

    /// <summary>A Dutch IBAN by its structure (NL, two digits, a bank's four letters, ten digits); another country's by its check digits.</summary>
    private static bool IsBankAccount(Match found)
    {
        if (found.Groups["dutch"].Success)
        {
            return true;
        }
        var iban = string.Concat(found.Value.Where(char.IsLetterOrDigit));
        var rearranged = string.Concat((iban[4..] + iban[..4]).Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return iban.Length is >= 15 and <= 34 && BigInteger.Parse(rearranged, CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static IEnumerable<Match> Dates(string text) =>
        NumericDate().Matches(text).Concat(IsoDate().Matches(text)).Concat(WrittenDate().Matches(text)).Concat(MonthFirstDate().Matches(text))
            .OrderBy(m => m.Index);

    /// <summary>
    /// A day and month with "geboren", "geb.", "geboortedatum", "born" or "date of birth" a few words before or "geboren"
    /// or "born" a few words after, in the same clause; elsewhere a whole date of a year long ago.
    /// </summary>
    private static bool IsBirthDate(string text, Match date, DateOnly today)
    {
        if (!IsDayAndMonth(date))
        {
            return false;
        }
        var before = text[Math.Max(0, date.Index - NearKeyword)..date.Index];
        var end = date.Index + date.Length;
        var after = text[end..Math.Min(text.Length, end + NearKeyword)];
        if (BirthWordBefore().IsMatch(before) || BirthWordAfter().IsMatch(after))
        {
            return true;
        }
        return Year(date.Groups["year"].Value, today) is { } year && year <= today.Year - BirthYearsAgo;
    }

    private static bool IsDayAndMonth(Match date)
    {
        var day = int.Parse(date.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = date.Groups["month"].Value;
        return day is >= 1 and <= 31
               && (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is >= 1 and <= 12);
    }

    /// <summary>The year as written: four digits, or two (with or without an apostrophe) read as the most recent such year.</summary>
    private static int? Year(string written, DateOnly today)
    {
        var digits = written.TrimStart('\'');
        if (digits.Length == 0)
        {
            return null;
        }
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 4 ? year : year <= today.Year % 100 ? 2000 + year : 1900 + year;
    }

    /// <summary>naam@voorbeeld.nl — also with a space around the @ or before a dot ("jan @ gmail .com").</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+-])(?>[\p{L}\p{N}._%+-]+)\s?@\s?(?>[\p{L}\p{N}-]+)(?:\s?\.(?>[\p{L}\p{N}-]+))*\s?\.\p{L}{2,}")]
    private static partial Regex Email();

    /// <summary>
    /// jan(at)gmail.com, jan [at] gmail.com, jan at gmail punt com, jan apenstaartje gmail.com: the at spelt out, then a
    /// word, "punt", "dot" or "." and a top-level domain of 2 to 6 small letters, so "at" in an English sentence passes.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}._%+-])(?>[\p{L}\p{N}._%+-]+)" +
        @"(?:\s?[(\[{]\s?(?:at|apenstaartje)\s?[)\]}]\s?|\s+(?:at|apenstaartje)\s+)" +
        @"(?>[\p{L}\p{N}-]+)(?:(?:\s?\.|\s+(?:punt|dot)\s+|\s?[(\[{]\s?(?:punt|dot)\s?[)\]}]\s?)(?>[\p{L}\p{N}-]+))*" +
        @"(?:\s?\.|\s+(?:punt|dot)\s+|\s?[(\[{]\s?(?:punt|dot)\s?[)\]}]\s?)(?-i:[a-z]{2,6})(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase)]
    private static partial Regex ObfuscatedEmail();

    /// <summary>
    /// An IBAN, maybe in groups: a Dutch one by its structure (NL91 ABNA 0417 1643 00), else two capitals, two check digits
    /// and 11 to 30 capitals and digits, which count only when the check digits add up.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?<dutch>NL\d{2}\s?[A-Z]{4}(?:\s?\d){10})(?!\d)|[A-Z]{2}\d{2}(?:\s?[A-Z0-9]){11,30}(?![\p{L}\p{N}]))")]
    private static partial Regex Iban();

    /// <summary>
    /// +31 or 0031 (maybe with "(0)"), or 0 — then nine digits with up to three of space, dash, dot, slash or bracket
    /// between each ("06 – 12 34 56 78", "06.12345678", "tel.0612345678"): mobile and landline alike.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\d+])(?<!\d[.,])(?:(?:\+|00)\s?31(?:\s?\(0\))?|\(?0)(?:[\s\-./()]{0,3}\d){9}(?!\d|[.,/-]\d)")]
    private static partial Regex Phone();

    /// <summary>
    /// Nine digits, as one, in threes (123.456.789, 123-456-789) or as on Dutch ID documents (1234.56.789), with the same
    /// dot, space or dash between; not part of a longer number, nor an amount (after € or before a unit: "123.456.789 gram").
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\d.,€])(?<!€\s?)(?<!EUR\s?)(?:\d{3}(?<sep>[.\s-]?)\d{3}\k<sep>\d{3}|\d{4}(?<sep4>[.\s-])\d{2}\k<sep4>\d{3})" +
        @"(?!\d|[.,]\d|\s?(?:euro|eur|€|kilogram|kilo|kg|gram|g|ton|liter|l|meter|m²|m2|m³|m3|km|m|stuks|stuk|items|item)(?![\p{L}\d]))",
        RegexOptions.IgnoreCase)]
    private static partial Regex NineDigits();

    /// <summary>Eight or nine digits right after "BSN", "burgerservicenummer" or "sofinummer" (old ones had eight): "BSN 12345678", "BSN123456782".</summary>
    [GeneratedRegex(
        @"\b(?:BSN|burgerservicenummer|sofi-?nummer)[\s:-]{0,3}(?:is|nr\.?|nummer)?[\s:]{0,3}" +
        @"(?<number>\d{8,9}|\d{3}[.\s-]\d{3}[.\s-]\d{2,3}|\d{4}[.\s-]\d{2}[.\s-]\d{2,3})(?!\d)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CitizenNumberAfterKeyword();

    /// <summary>12-03-1987, 12/3/87, 12.03.1987 — and 12-03 without a year, which only counts beside "geboren".</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?<day>\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})(?:\k<sep>(?<year>\d{4}|\d{2}))?(?![\d]|[.,/-]\d)")]
    private static partial Regex NumericDate();

    /// <summary>1987-03-12.</summary>
    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    /// <summary>12 maart 1987, 12 mrt. '87, 3 March 1987, 12th of March 1990 — and 12 maart without a year.</summary>
    [GeneratedRegex(
        @"(?<!\d)(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        @"january|february|march|may|june|july|august|october|(?:jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?)" +
        @"(?:\s+(?<year>\d{4}|'\d{2}))?(?![\p{L}\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    /// <summary>March 12, 1990 and March 12th — the English order, with the month written in full.</summary>
    [GeneratedRegex(
        @"(?<![\p{L}])(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\s+" +
        @"(?<day>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<year>\d{4}))?(?![\p{L}\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstDate();

    /// <summary>
    /// "geboren", "geb.", "geboortedatum:", "born", "birthday", "date of birth", "DOB" at most four words before the end,
    /// with no clause ending between (';', ':', '.', '!', '?'); not "een geboren verkoper" nor "geboren en getogen".
    /// </summary>
    [GeneratedRegex(
        @"(?<!\b(?:een|de|het|a|an)\s+)(?:geboren(?!\s+en\s+getogen)|\bgeb\.|geboorte\p{L}*:?|\bborn\b:?|\bbirthday\b:?|date of birth:?|birth ?date:?|\bdob\b:?)" +
        @"(?:[\s,(]+[\p{L}\d'’]+){0,4}[\s,(]*\z",
        RegexOptions.IgnoreCase)]
    private static partial Regex BirthWordBefore();

    /// <summary>"geboren" or "born" at most four words after the start, in the same clause: "op 3 mei 2015 geboren".</summary>
    [GeneratedRegex(
        @"\A[\s,)]*(?:[\p{L}\d'’]+[\s,]+){0,4}(?<!\b(?:een|de|het|a|an)\s+)(?:geboren|born)\b(?!\s+en\s+getogen)",
        RegexOptions.IgnoreCase)]
    private static partial Regex BirthWordAfter();
}
