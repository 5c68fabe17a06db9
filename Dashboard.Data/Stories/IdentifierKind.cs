namespace Dashboard.Data.Stories;

/// <summary>
/// What in a story's words looks like it could tell who the participant is (docs/verhalen.md#alleen-een-voornaam). Not
/// stored: only the refusal's text, from StoryRules.resx ("Identifier.{kind}"), is shown.
/// </summary>
public enum IdentifierKind
{
    Email,
    Phone,
    CitizenNumber,
    BirthDate,
    BankAccount,
}
