using Dashboard.Data.Domain;

namespace Dashboard.Data.Validation;

/// <summary>A form's text field checked for the characters no text people type may hold (<see cref="TextCharacters"/>).</summary>
public static class FieldCharacters
{
    /// <summary>The problem of the field when its text holds such a character; a multi-line field may hold line breaks.</summary>
    public static FieldProblem? Problem(string field, string? text, bool multiLine = false) =>
        text is not null && TextCharacters.Problem(text, Language.Dutch, multiLine) is { } dutch
            ? new FieldProblem(field, Sentence(dutch), Sentence(TextCharacters.Problem(text, Language.English, multiLine)!))
            : null;

    private static string Sentence(string problem) => string.Concat(problem[..1].ToUpperInvariant(), problem[1..], ".");
}
