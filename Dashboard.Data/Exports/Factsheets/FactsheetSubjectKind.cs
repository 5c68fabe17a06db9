namespace Dashboard.Data.Exports.Factsheets;

public enum FactsheetSubjectKind
{
    Practice,
    PracticeKind,
    Organisation,
}
