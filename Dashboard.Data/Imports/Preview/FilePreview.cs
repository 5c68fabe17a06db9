using Dashboard.Data.Imports.Reading;

namespace Dashboard.Data.Imports.Preview;

/// <summary>
/// What a file looks like to the importer before anything is written: its format and how it was read (encoding,
/// delimiter), its headers, the kind those headers fit, and its first rows as understood — dates and amounts in
/// Dutch form, so a misread decimal comma shows at once.
/// </summary>
public sealed record FilePreview(
    FileFormat Format,
    string ReadAs,
    IReadOnlyList<string> Headers,
    ImportKind? GuessedKind,
    ImportKind? Kind,
    IReadOnlyList<ImportColumn> Columns,
    IReadOnlyList<PreviewRow> Rows);
