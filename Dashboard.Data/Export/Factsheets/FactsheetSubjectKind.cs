namespace Dashboard.Data.Export.Factsheets;

public enum FactsheetSubjectKind
{
    Practice,
    PracticeKind,
    Organisation,
}
