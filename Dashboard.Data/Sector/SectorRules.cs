using System.Net.Mail;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Sector;

/// <summary>
/// What a published contact and an "actief sinds" may hold (docs/sector.md#goede-praktijken-in-de-sector), with the
/// reason for a refusal in Dutch and English per field (SectorRules.resx and SectorRules.en.resx).
/// </summary>
public static class SectorRules
{
    private static readonly FieldRules Rules = new("Dashboard.Data.Sector.SectorRules");

    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxAboutLength = 200;
    public const int FirstYear = 1900;

    /// <summary>The fields, as the form and <see cref="FieldProblem.Field"/> name them.</summary>
    public const string Name = "naam", Email = "email", About = "waarover", ActiveSince = "actief_sinds";

    /// <summary>Every problem with the contact; its texts are checked as given, trimmed.</summary>
    public static IReadOnlyList<FieldProblem> Check(OrganisationContact contact)
    {
        var problems = new List<FieldProblem>();
        problems.AddRange(Text(Name, contact.Name, MaxNameLength, "Name"));
        var emailProblems = Text(Email, contact.Email, MaxEmailLength, "Email").ToList();
        problems.AddRange(emailProblems);
        if (emailProblems.Count == 0 && !IsEmailAddress(contact.Email.Trim()))
        {
            problems.Add(Problem(Email, "Email.Invalid", contact.Email.Trim()));
        }
        problems.AddRange(Text(About, contact.About, MaxAboutLength, "About"));
        return problems;
    }

    /// <summary>The problem with a year of "actief sinds", or null: from <see cref="FirstYear"/> up to this year.</summary>
    public static FieldProblem? CheckYear(int? year, int thisYear) =>
        year is { } y && (y < FirstYear || y > thisYear) ? Problem(ActiveSince, "ActiveSince.Range", FirstYear, thisYear, y) : null;

    /// <summary>
    /// One address as a person writes it: local part, @, a domain with a dot; no name, no spaces, no second address, and none
    /// of the characters that would add fields to the page's mailto: link (? &amp; % #).
    /// </summary>
    private static bool IsEmailAddress(string text) =>
        !text.Any(char.IsWhiteSpace) && text.Count(c => c == '@') == 1 && text.IndexOfAny(['?', '&', '%', '#']) < 0
        && MailAddress.TryCreate(text, out var address) && address.Address == text && address.DisplayName.Length == 0
        && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static IEnumerable<FieldProblem> Text(string field, string? text, int maxLength, string name) =>
        Rules.RequiredText(field, text, maxLength, name);

    private static FieldProblem Problem(string field, string key, params object?[] arguments) => Rules.Problem(field, key, arguments);
}
