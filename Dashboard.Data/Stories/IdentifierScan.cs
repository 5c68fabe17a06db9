using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Data.Stories;

/// <summary>
/// Finds what in a text looks like an e-mail address, a Dutch phone number, a nine-digit number (a citizen service
/// number, BSN) or a date of birth (docs/verhalen.md#alleen-een-voornaam). It errs towards refusing: a story needs none
/// of these, and a false alarm costs a rewording, a missed one a participant's privacy. Amounts ("€ 1.250"), years
/// ("in 2025"), indicator codes ("P4R") and recent dates pass.
/// </summary>
public static partial class IdentifierScan
{
    /// <summary>A date of a year this long before today may be a date of birth even without "geboren" beside it.</summary>
    public const int BirthYearsAgo = 15;

    /// <summary>How far before a date "geboren" and its kin make it a date of birth, in characters.</summary>
    private const int NearKeyword = 40;

    /// <summary>The first thing in <paramref name="text"/> that looks like an identifier, with the fragment as written; null when none.</summary>
    public static (IdentifierKind Kind, string Fragment)? First(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Email().Match(text) is { Success: true } email)
        {
            return (IdentifierKind.Email, email.Value);
        }
        if (Phone().Match(text) is { Success: true } phone)
        {
            // "(020) 1234567" keeps its bracket; "(06-12345678)" is quoted without the one the sentence opened.
            var number = phone.Value.Trim();
            return (IdentifierKind.Phone, number.Contains(')') ? number : number.TrimStart('('));
        }
        if (NineDigits().Match(text) is { Success: true } nineDigits)
        {
            return (IdentifierKind.CitizenNumber, nineDigits.Value);
        }
        foreach (var date in Dates(text))
        {
            if (IsBirthDate(text, date, today))
            {
                return (IdentifierKind.BirthDate, date.Value);
            }
        }
        return null;
    }

    private static IEnumerable<Match> Dates(string text) =>
        NumericDate().Matches(text).Concat(IsoDate().Matches(text)).Concat(WrittenDate().Matches(text)).OrderBy(m => m.Index);

    /// <summary>Beside "geboren", "geb." or "geboortedatum" any date is one; elsewhere a whole date of a year long ago.</summary>
    private static bool IsBirthDate(string text, Match date, DateOnly today)
    {
        if (!IsDayAndMonth(date))
        {
            return false;
        }
        var before = text[Math.Max(0, date.Index - NearKeyword)..date.Index];
        if (BirthKeyword().IsMatch(before))
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

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}")]
    private static partial Regex Email();

    /// <summary>+31 or 0031 (maybe with "(0)"), or 0 — then nine digits with spaces, dashes or brackets between: mobile and landline alike.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,+])(?:(?:\+|00)\s?31[\s-]?(?:\(0\)[\s-]?)?|\(?0)(?:[\s\-)]{0,2}\d){9}(?!\d)")]
    private static partial Regex Phone();

    /// <summary>Nine digits, as one or in threes with the same dot or space between; not part of a longer number or an amount.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d.,€])(?<!€\s?)(?<!EUR\s?)\d{3}(?<sep>[.\s]?)\d{3}\k<sep>\d{3}(?![\d]|[.,]\d|\s?(?:euro|EUR))", RegexOptions.IgnoreCase)]
    private static partial Regex NineDigits();

    /// <summary>12-03-1987, 12/3/87, 12.03.1987 — and 12-03 without a year, which only counts beside "geboren".</summary>
    [GeneratedRegex(@"(?<![\d.,/-])(?<day>\d{1,2})(?<sep>[-/.])(?<month>\d{1,2})(?:\k<sep>(?<year>\d{4}|\d{2}))?(?![\d]|[.,/-]\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    /// <summary>12 maart 1987, 12 mrt. '87, 3 March 1987 — and 12 maart without a year.</summary>
    [GeneratedRegex(
        @"(?<!\d)(?<day>\d{1,2})\s+(?<month>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|" +
        @"january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sept|sep|okt|oct|nov|dec)\.?" +
        @"(?:\s+(?<year>\d{4}|'\d{2}))?(?![\p{L}\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"geboren|\bgeb\.|geboorte|\bborn\b|date of birth|\bdob\b", RegexOptions.IgnoreCase)]
    private static partial Regex BirthKeyword();
}
