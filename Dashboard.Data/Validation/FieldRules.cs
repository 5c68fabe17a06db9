using Dashboard.Data.Domain;

namespace Dashboard.Data.Validation;

/// <summary>
/// The refusals of a form's fields in Dutch and English from one resource file (a rules class's .resx and .en.resx), and
/// the check every required text field shares: there, not too long, no refused character.
/// </summary>
public sealed class FieldRules(string resourceBaseName)
{
    private readonly ResourceTexts _texts = new(resourceBaseName);

    /// <summary>A refusal of <paramref name="field"/> by the text under <paramref name="key"/>, in both languages.</summary>
    public FieldProblem Problem(string field, string key, params object?[] arguments) =>
        new(field, _texts.Format(key, Language.Dutch, arguments), _texts.Format(key, Language.English, arguments));

    /// <summary>
    /// A required text: "<paramref name="name"/>.Missing" when empty, "<paramref name="name"/>.TooLong" (with the maximum
    /// and the length) when longer than <paramref name="maxLength"/> once trimmed, else a refused character.
    /// </summary>
    public IEnumerable<FieldProblem> RequiredText(string field, string? text, int maxLength, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return Problem(field, name + ".Missing");
        }
        else if (text.Trim().Length > maxLength)
        {
            yield return Problem(field, name + ".TooLong", maxLength, text.Trim().Length);
        }
        else if (FieldCharacters.Problem(field, text) is { } characters)
        {
            yield return characters;
        }
    }
}
