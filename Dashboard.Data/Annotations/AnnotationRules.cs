using Dashboard.Data.Domain;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Annotations;

/// <summary>
/// What an annotation may hold (docs/weergave-en-export.md#gebeurtenissen): a day within the dates the dashboard knows, and a text of at
/// most <see cref="MaxLength"/> characters on one line, without markup — it is drawn beside a line in a chart, on screen and in
/// every export. Refusals in Dutch and English per field (AnnotationRules.resx and AnnotationRules.en.resx).
/// </summary>
public static class AnnotationRules
{
    private static readonly FieldRules Rules = new("Dashboard.Data.Annotations.AnnotationRules");

    /// <summary>Short enough to stand beside a point of a chart 1200 pixels wide without hiding the line.</summary>
    public const int MaxLength = 80;

    /// <summary>The fields, as the dialog and <see cref="FieldProblem.Field"/> name them.</summary>
    public const string DateField = "datum", TextField = "tekst";

    /// <summary>Every problem with the draft's date and text; the text is checked trimmed.</summary>
    public static IReadOnlyList<FieldProblem> Check(AnnotationDraft draft)
    {
        var problems = new List<FieldProblem>();
        if (draft.Date is not { } date)
        {
            problems.Add(Rules.Problem(DateField, "Date.Missing"));
        }
        else if (date < KnownDates.First || date > KnownDates.Last)
        {
            problems.Add(Rules.Problem(DateField, "Date.Range", KnownDates.First.ToString("dd-MM-yyyy"), KnownDates.Last.ToString("dd-MM-yyyy")));
        }
        var text = Rules.RequiredText(TextField, draft.Text, MaxLength, "Text").ToList();
        problems.AddRange(text);
        // Angle brackets are how markup starts; a chart draws the text as it is, so "<b>" would stand there literally.
        if (text.Count == 0 && draft.Text!.IndexOfAny(['<', '>']) >= 0)
        {
            problems.Add(Rules.Problem(TextField, "Text.Markup"));
        }
        return problems;
    }
}
