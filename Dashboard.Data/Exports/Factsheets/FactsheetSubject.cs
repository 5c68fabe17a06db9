namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Who the sentences are about: one practice by its name, the practices of one kind (how many), or an
/// organisation by its name with the number of its practices.
/// </summary>
public sealed record FactsheetSubject(FactsheetSubjectKind Kind, string Name, int Practices, string? PracticeKind = null)
{
    public static FactsheetSubject Practice(string name) => new(FactsheetSubjectKind.Practice, name, 1);

    public static FactsheetSubject PracticesOfKind(string kind, int practices) => new(FactsheetSubjectKind.PracticeKind, kind, practices, kind);

    public static FactsheetSubject Organisation(string name, int practices) => new(FactsheetSubjectKind.Organisation, name, practices);
}
