using System.Globalization;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Import;

/// <summary>Every import batch, newest first, as the history list and the command line show it.</summary>
public sealed class ImportHistory(Database database)
{
    public IReadOnlyList<ImportBatch> List()
    {
        using var connection = database.Open();
        return connection.Query(
            """
            SELECT id, kind, file_name, row_count, replace, imported_at, imported_by, undone_at, summary
            FROM import_batches ORDER BY id DESC
            """,
            r => new ImportBatch(r.GetInt64(0), ImportKinds.Parse(r.GetString(1))!.Value, r.GetString(2), r.GetInt32(3), r.GetInt64(4) == 1,
                Timestamp(r.GetString(5))!.Value, r.GetStringOrNull(6), Timestamp(r.GetStringOrNull(7)), r.GetString(8)));
    }

    private static DateTimeOffset? Timestamp(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}

public sealed record ImportBatch(long Id, ImportKind Kind, string FileName, int Rows, bool Replaced, DateTimeOffset ImportedAt,
    string? ImportedBy, DateTimeOffset? UndoneAt, string Summary)
{
    public bool IsUndone => UndoneAt is not null;
}
