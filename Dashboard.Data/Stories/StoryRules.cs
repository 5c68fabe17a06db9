using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Stories;

/// <summary>
/// What a story may hold (docs/verhalen.md#wat-een-verhaal-bevat), with the reason for a refusal in Dutch and English per
/// field (StoryRules.resx and StoryRules.en.resx): a title and a text of bounded length, a date, the day consent was given
/// (required, not after today), known indicator codes — and in title, text and quote nothing that looks like an identifier.
/// </summary>
public static class StoryRules
{
    private const string ResourceName = "Dashboard.Data.Stories.StoryRules";
    private static readonly FieldRules Rules = new(ResourceName);
    private static readonly ResourceTexts Texts = new(ResourceName);

    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 2000;
    public const int MaxQuoteLength = 500;
    public const int MaxOutcomes = 6;

    /// <summary>The fields as the form names them in <see cref="FieldProblem.Field"/>.</summary>
    public const string Title = "title", Text = "text", Quote = "quote", Date = "date", Outcomes = "outcomes", ConsentDate = "consentDate";

    /// <summary>Every problem with the draft, <paramref name="today"/> being the day it is saved.</summary>
    public static IReadOnlyList<FieldProblem> Check(StoryDraft draft, DateOnly today)
    {
        var problems = new List<FieldProblem>();
        problems.AddRange(Rules.RequiredText(Title, draft.Title, MaxTitleLength, "Title"));
        problems.AddRange(RequiredMultiLine(Text, draft.Text, MaxTextLength, "Text"));
        if (!string.IsNullOrWhiteSpace(draft.Quote))
        {
            if (draft.Quote.Trim().Length > MaxQuoteLength)
            {
                problems.Add(Rules.Problem(Quote, "Quote.TooLong", MaxQuoteLength, draft.Quote.Trim().Length));
            }
            else if (FieldCharacters.Problem(Quote, draft.Quote, multiLine: true) is { } characters)
            {
                problems.Add(characters);
            }
        }
        foreach (var (field, text) in new[] { (Title, draft.Title), (Text, draft.Text), (Quote, draft.Quote) })
        {
            if (problems.All(p => p.Field != field) && IdentifierScan.First(text, today) is { } found)
            {
                problems.Add(Identifier(field, found.Kind, found.Fragment));
            }
        }
        if (draft.Date is not { } date)
        {
            problems.Add(Rules.Problem(Date, "Date.Missing"));
        }
        else if (date > today)
        {
            problems.Add(Rules.Problem(Date, "Date.Future", Day(date)));
        }
        if (draft.ConsentDate is not { } consent)
        {
            problems.Add(Rules.Problem(ConsentDate, "Consent.Missing"));
        }
        else if (consent > today)
        {
            problems.Add(Rules.Problem(ConsentDate, "Consent.Future", Day(consent), Day(today)));
        }
        var outcomes = draft.Outcomes.Distinct().ToList();
        foreach (var code in outcomes.Where(c => !Enum.IsDefined(c)))
        {
            problems.Add(Rules.Problem(Outcomes, "Outcomes.Unknown", code));
        }
        if (outcomes.Count > MaxOutcomes)
        {
            problems.Add(Rules.Problem(Outcomes, "Outcomes.TooMany", MaxOutcomes, outcomes.Count));
        }
        return problems;
    }

    /// <summary>The refusal of <paramref name="fragment"/> in <paramref name="field"/>, naming the field and what it looks like.</summary>
    public static FieldProblem Identifier(string field, IdentifierKind kind, string fragment) =>
        new(field, IdentifierMessage(field, kind, fragment, Language.Dutch), IdentifierMessage(field, kind, fragment, Language.English));

    private static string IdentifierMessage(string field, IdentifierKind kind, string fragment, CultureInfo culture) =>
        Texts.Format("Identifier", culture, Texts.Get($"Field.{field}", culture), Texts.Get($"Identifier.{kind}", culture), fragment);

    private static IEnumerable<FieldProblem> RequiredMultiLine(string field, string? text, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return Rules.Problem(field, name + ".Missing");
        }
        else if (text.Trim().Length > maxLength)
        {
            yield return Rules.Problem(field, name + ".TooLong", maxLength, text.Trim().Length);
        }
        else if (FieldCharacters.Problem(field, text, multiLine: true) is { } characters)
        {
            yield return characters;
        }
    }

    private static string Day(DateOnly date) => date.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
}
