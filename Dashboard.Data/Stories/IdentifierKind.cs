namespace Dashboard.Data.Stories;

/// <summary>What in a story's words looks like it could tell who the participant is (docs/verhalen.md#alleen-een-voornaam).</summary>
public enum IdentifierKind
{
    Email,
    Phone,
    CitizenNumber,
    BirthDate,
}
