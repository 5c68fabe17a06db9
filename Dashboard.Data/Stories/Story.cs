using Dashboard.Data.Figures;

namespace Dashboard.Data.Stories;

/// <summary>
/// A participant's story at one good practice (docs/verhalen.md): under a first name or a pseudonym, with the outcomes it
/// illustrates and the day the participant gave consent. It exists only as long as that consent does.
/// </summary>
public sealed record Story(
    long Id,
    long PracticeId,
    string Title,
    string Text,
    string? Quote,
    DateOnly Date,
    IReadOnlyList<IndicatorCode> Outcomes,
    DateOnly ConsentDate,
    DateTimeOffset UpdatedAt);
