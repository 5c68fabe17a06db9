using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>Every import batch, newest first, as the history list and the command line show it.</summary>
public sealed class ImportHistory(Database database)
{
    public IReadOnlyList<ImportBatch> List()
    {
        using var connection = database.Open();
        return List(connection);
    }

    /// <summary>
    /// The batches a user with this scope may see — and so undo (docs/privacy-en-toegang.md#rollen-en-bereik): every batch for
    /// <see cref="AccessScope.Everything"/>; for a limited scope, the batches whose organisations are all in it.
    /// A batch records no organisation, so it is derived from what is stored: a sales batch's from the practices
    /// it covered (kept after undo and replace); a trajectory, certificate, investment or follow-up batch's from the rows that
    /// still carry it — a later import of the same rows takes them over, and a batch left with none is not listed; a
    /// `winkels` batch tells none. A batch whose organisations cannot be told is listed to the unlimited scope only.
    /// </summary>
    public IReadOnlyList<ImportBatch> List(AccessScope scope)
    {
        using var connection = database.Open();
        if (scope.AllOrganisations)
        {
            return List(connection);
        }
        var within = BatchOrganisations.Within(connection, scope);
        return List(connection).Where(b => within.Contains(b.Id)).ToList();
    }

    private static List<ImportBatch> List(DbConnection connection) => connection.Query(
        """
        SELECT id, kind, file_name, row_count, replace, imported_at, imported_by, undone_at, summary
        FROM import_batches ORDER BY id DESC
        """,
        r => new ImportBatch(r.GetInt64(0), ImportKinds.Parse(r.GetString(1))!.Value, r.GetString(2), r.GetInt32(3), r.GetInt64(4) == 1,
            Timestamp(r.GetString(5))!.Value, r.GetStringOrNull(6), Timestamp(r.GetStringOrNull(7)), r.GetString(8)));

    private static DateTimeOffset? Timestamp(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}

public sealed record ImportBatch(long Id, ImportKind Kind, string FileName, int Rows, bool Replaced, DateTimeOffset ImportedAt,
    string? ImportedBy, DateTimeOffset? UndoneAt, string Summary)
{
    public bool IsUndone => UndoneAt is not null;
}
