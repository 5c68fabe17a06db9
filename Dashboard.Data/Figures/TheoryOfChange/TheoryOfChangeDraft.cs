using System.Text.Json;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// A practice's theory of change as the settings page edits it: plain mutable fields and rows. <see cref="ToTheory"/>
/// leaves out rows left empty and names each field that still needs work, in Dutch and English, before
/// <see cref="TheoryOfChangeStore"/> gets it.
/// </summary>
public sealed class TheoryOfChangeDraft
{
    public const int MaxLongText = 2000;
    public const int MaxText = 500;
    public const int MaxName = 200;

    /// <summary>The rows one list (stakeholders, activities, outputs, outcomes) may have: a theory of change fits on a page.</summary>
    public const int MaxItems = 20;

    public const string ImpactGoalField = "impactGoal";
    public const string ImpactField = "impact";
    public const string StakeholdersField = "stakeholders";
    public const string ActivitiesField = "activities";
    public const string OutputsField = "outputs";
    public const string OutcomesField = "outcomes";

    public TheoryOfChangeDraft(long practiceId) => PracticeId = practiceId;

    public long PracticeId { get; }
    public string ImpactGoal { get; set; } = "";
    public IEnumerable<string> TargetGroups { get; set; } = [];
    public List<StakeholderDraft> Stakeholders { get; } = [];
    public List<string> Activities { get; } = [];
    public List<StatementDraft> Outputs { get; } = [];
    public List<StatementDraft> Outcomes { get; } = [];
    public string Impact { get; set; } = "";

    /// <summary>A form with one empty row in each list, ready to be filled in.</summary>
    public static TheoryOfChangeDraft Empty(long practiceId)
    {
        var draft = new TheoryOfChangeDraft(practiceId);
        draft.Stakeholders.Add(new StakeholderDraft());
        draft.Activities.Add("");
        draft.Outputs.Add(new StatementDraft());
        draft.Outcomes.Add(new StatementDraft());
        return draft;
    }

    public static TheoryOfChangeDraft From(PracticeTheoryOfChange theory)
    {
        var draft = new TheoryOfChangeDraft(theory.PracticeId)
        {
            ImpactGoal = theory.ImpactGoal,
            TargetGroups = theory.TargetGroups.ToList(),
            Impact = theory.Impact,
        };
        draft.Stakeholders.AddRange(theory.Stakeholders.Select(s => new StakeholderDraft { Name = s.Name, Contributes = s.Contributes, Gains = s.Gains }));
        draft.Activities.AddRange(theory.Activities);
        draft.Outputs.AddRange(theory.Outputs.Select(Statement));
        draft.Outcomes.AddRange(theory.Outcomes.Select(Statement));
        return draft;
    }

    public static string StakeholderField(int index, string property) => $"stakeholders[{index}].{property}";
    public static string ActivityField(int index) => $"activities[{index}]";
    public static string OutputField(int index) => $"outputs[{index}]";
    public static string OutcomeField(int index) => $"outcomes[{index}]";

    /// <summary>The content as it would be saved: a fingerprint to tell whether the form has changed since it was loaded.</summary>
    public string Fingerprint() => JsonSerializer.Serialize(new
    {
        ImpactGoal,
        TargetGroups,
        Stakeholders = Stakeholders.Select(s => new[] { s.Name, s.Contributes, s.Gains }),
        Activities,
        Outputs = Outputs.Select(o => new { o.Text, o.Indicators }),
        Outcomes = Outcomes.Select(o => new { o.Text, o.Indicators }),
        Impact,
    });

    /// <summary>The theory of change without the rows left empty.</summary>
    /// <exception cref="InvalidFieldsException">A field needs work; each problem names its field.</exception>
    public PracticeTheoryOfChange ToTheory()
    {
        var problems = new List<FieldProblem>();
        if (string.IsNullOrWhiteSpace(ImpactGoal))
        {
            problems.Add(new FieldProblem(ImpactGoalField,
                "Vul het impactdoel in: wat wil deze goede praktijk bereiken, en voor wie?",
                "Fill in the impact goal: what does this good practice want to achieve, and for whom?"));
        }
        CheckText(problems, ImpactGoal, MaxLongText, ImpactGoalField);
        CheckText(problems, Impact, MaxLongText, ImpactField);
        TooMany(problems, Stakeholders.Count, StakeholdersField, "belanghebbenden", "stakeholders");
        TooMany(problems, Activities.Count, ActivitiesField, "activiteiten", "activities");
        TooMany(problems, Outputs.Count, OutputsField, "outputs", "outputs");
        TooMany(problems, Outcomes.Count, OutcomesField, "outcomes", "outcomes");

        for (var i = 0; i < Stakeholders.Count; i++)
        {
            var stakeholder = Stakeholders[i];
            if (!stakeholder.IsBlank && string.IsNullOrWhiteSpace(stakeholder.Name))
            {
                problems.Add(new FieldProblem(StakeholderField(i, "name"),
                    "Geef deze belanghebbende een naam, of maak de regel helemaal leeg.",
                    "Give this stakeholder a name, or empty the row completely."));
            }
            CheckText(problems, stakeholder.Name, MaxName, StakeholderField(i, "name"), multiLine: false);
            CheckText(problems, stakeholder.Contributes, MaxText, StakeholderField(i, "contributes"));
            CheckText(problems, stakeholder.Gains, MaxText, StakeholderField(i, "gains"));
        }
        for (var i = 0; i < Activities.Count; i++)
        {
            CheckText(problems, Activities[i], MaxText, ActivityField(i));
        }
        CheckStatements(problems, Outputs, OutputField, "deze output", "this output");
        CheckStatements(problems, Outcomes, OutcomeField, "dit outcome", "this outcome");
        InvalidFieldsException.ThrowIfAny(problems);

        return new PracticeTheoryOfChange(
            PracticeId,
            ImpactGoal.Trim(),
            TargetGroups.ToList(),
            Stakeholders.Where(s => !s.IsBlank).Select(s => new Stakeholder(s.Name.Trim(), s.Contributes.Trim(), s.Gains.Trim())).ToList(),
            Activities.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList(),
            Statements(Outputs),
            Statements(Outcomes),
            Impact.Trim());
    }

    private static StatementDraft Statement(LinkedStatement statement) =>
        new() { Text = statement.Text, Indicators = statement.Indicators.ToList() };

    private static List<LinkedStatement> Statements(List<StatementDraft> drafts) =>
        drafts.Where(d => !d.IsBlank).Select(d => new LinkedStatement(d.Text.Trim(), d.Indicators.Distinct().ToList())).ToList();

    private static void CheckStatements(List<FieldProblem> problems, List<StatementDraft> statements, Func<int, string> field,
        string whatNl, string whatEn)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (!statements[i].IsBlank && string.IsNullOrWhiteSpace(statements[i].Text))
            {
                problems.Add(new FieldProblem(field(i),
                    $"Beschrijf {whatNl} in een zin, of haal de indicatoren weg.",
                    $"Describe {whatEn} in a sentence, or remove its indicators."));
            }
            CheckText(problems, statements[i].Text, MaxText, field(i));
        }
    }

    private static void TooMany(List<FieldProblem> problems, int count, string field, string whatNl, string whatEn)
    {
        if (count > MaxItems)
        {
            problems.Add(new FieldProblem(field,
                $"Hoogstens {MaxItems} {whatNl}, nu {count}: haal er een paar weg.",
                $"At most {MaxItems} {whatEn}, now {count}: remove a few."));
        }
    }

    /// <summary>A text no longer than <paramref name="max"/>, without characters no text may hold (line breaks only where it has more lines).</summary>
    private static void CheckText(List<FieldProblem> problems, string? text, int max, string field, bool multiLine = true)
    {
        var length = text?.Trim().Length ?? 0;
        if (length > max)
        {
            problems.Add(new FieldProblem(field,
                $"Deze tekst is te lang: hoogstens {max} tekens, nu {length}.",
                $"This text is too long: at most {max} characters, now {length}."));
        }
        else if (FieldCharacters.Problem(field, text?.Trim(), multiLine) is { } characters)
        {
            problems.Add(characters);
        }
    }
}
