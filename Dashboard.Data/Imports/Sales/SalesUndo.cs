using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.Sales;

/// <summary>
/// Undoes a sales import (docs/importbestanden.md#verkopen): its rows go, the rows it replaced come back, the monthly totals
/// follow, in one transaction. Refused while a later, not undone sales import overlaps it, because that
/// one may have replaced or be counted beside its rows. A user undoes only what <see cref="ImportHistory.List(AccessScope)"/>
/// shows them: a batch whose practices all belong to organisations in their scope.
/// </summary>
public sealed class SalesUndo(Database database, TimeProvider clock)
{
    /// <summary>What undoing the batch would do: the rows that go, the replaced rows that come back.</summary>
    public UndoPreview Preview(long batchId) => Preview(batchId, AccessScope.Everything);

    /// <inheritdoc cref="Preview(long)"/>
    /// <exception cref="AccessDeniedException">The batch is not wholly within <paramref name="scope"/>.</exception>
    public UndoPreview Preview(long batchId, AccessScope scope)
    {
        using var connection = database.Open();
        if (!BatchOrganisations.Within(connection, null, batchId, scope))
        {
            throw new AccessDeniedException(OutsideScope(batchId).In(Dutch.Culture));
        }
        var goes = connection.Scalar<long>("SELECT COALESCE(SUM(row_count), 0) FROM sales_batch_ranges WHERE batch_id = @id", null, ("@id", batchId));
        var comesBack = connection.Scalar<long>("SELECT COUNT(*) FROM replaced_sales WHERE replaced_by_batch_id = @id", null, ("@id", batchId));
        return new UndoPreview(goes, comesBack);
    }

    internal UndoOutcome Undo(long batchId) => Undo(batchId, AccessScope.Everything);

    /// <summary>
    /// Undoes the batch for a user with this scope; refused — nothing changed, the file not named — when a practice it
    /// covered belongs to an organisation outside the scope, in the same words as when no such batch exists. A later overlapping import outside the scope is named by
    /// its number only.
    /// </summary>
    internal UndoOutcome Undo(long batchId, AccessScope scope)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginDataWrite();
        // The scope first: to a scoped user a batch of another organisation and a number no batch has look the same.
        if (!BatchOrganisations.Within(connection, transaction, batchId, scope))
        {
            return UndoOutcome.Refused(OutsideScope(batchId));
        }
        var batch = connection.Query("SELECT kind, file_name, undone_at FROM import_batches WHERE id = @id",
            r => (Kind: r.GetString(0), File: r.GetString(1), Undone: r.GetStringOrNull(2)), transaction, ("@id", batchId)).FirstOrDefault();
        if (batch.Kind is null)
        {
            return UndoOutcome.Refused(new ImportText("Undo.Unknown", batchId));
        }
        if (batch.Kind != ImportKind.Verkopen.Name())
        {
            return UndoOutcome.Refused(new ImportText("Undo.NotSales", batchId, batch.File, batch.Kind));
        }
        if (batch.Undone is not null)
        {
            return UndoOutcome.Refused(new ImportText("Undo.AlreadyUndone", batchId, batch.File));
        }
        var later = connection.Query(
            """
            SELECT DISTINCT b.id, b.file_name
            FROM sales_batch_ranges mine
            JOIN sales_batch_ranges other ON other.practice_id = mine.practice_id AND other.batch_id > mine.batch_id
                                          AND other.first_date <= mine.last_date AND other.last_date >= mine.first_date
            JOIN import_batches b ON b.id = other.batch_id AND b.undone_at IS NULL
            WHERE mine.batch_id = @id
            ORDER BY b.id
            """, r => (Id: r.GetInt64(0), File: r.GetString(1)), transaction, ("@id", batchId))
            .Select(b => BatchOrganisations.Within(connection, transaction, b.Id, scope)
                ? new ImportText("Undo.LaterImport.Yours", b.Id, b.File)
                : new ImportText("Undo.LaterImport.NotYours", b.Id))
            .ToList();
        if (later.Count > 0)
        {
            return UndoOutcome.Refused(new ImportText("Undo.LaterImport", batchId, batch.File, later));
        }

        var removed = 0;
        foreach (var (practiceId, first, last) in connection.Query(
                     "SELECT practice_id, first_date, last_date FROM sales_batch_ranges WHERE batch_id = @id",
                     r => (r.GetInt64(0), r.GetString(1), r.GetString(2)), transaction, ("@id", batchId)))
        {
            (string, object?)[] parameters = [("@id", batchId), ("@practice", practiceId), ("@first", first), ("@last", last)];
            const string where = "practice_id = @practice AND sale_date BETWEEN @first AND @last AND batch_id = @id";
            SalesAggregates.AddStoredRows(connection, transaction, "sales", where, -1, parameters);
            removed += connection.Execute($"DELETE FROM sales WHERE {where}", transaction, parameters);
        }
        SalesAggregates.AddStoredRows(connection, transaction, "replaced_sales", "replaced_by_batch_id = @id", 1, ("@id", batchId));
        var restored = connection.Execute(
            """
            INSERT INTO sales (batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions)
            SELECT batch_id, practice_id, sale_date, category, revenue_cents, items, weight_g, transactions
            FROM replaced_sales WHERE replaced_by_batch_id = @id ORDER BY id
            """, transaction, ("@id", batchId));
        connection.Execute("DELETE FROM replaced_sales WHERE replaced_by_batch_id = @id", transaction, ("@id", batchId));
        connection.Execute("UPDATE import_batches SET undone_at = @at WHERE id = @id", transaction,
            ("@at", clock.GetLocalNow().ToString("O")), ("@id", batchId));
        DataVersion.Bump(connection, transaction);
        transaction.Commit();
        return new UndoOutcome(true, new ImportText("Undo.Done", batchId, batch.File, removed, restored), removed, restored);
    }

    private static ImportText OutsideScope(long batchId) => new("Undo.OutsideScope", batchId);
}

public sealed record UndoPreview(long RowsThatGo, long RowsThatComeBack);

/// <summary>What an undo did or why it was refused, in the reader's language; <see cref="Message"/> is the Dutch the audit log stores.</summary>
public sealed record UndoOutcome(bool Succeeded, ImportText Text, int RowsRemoved = 0, int RowsRestored = 0)
{
    public string Message => Text.In(Dutch.Culture);

    public string MessageIn(CultureInfo culture) => Text.In(culture);

    public static UndoOutcome Refused(ImportText text) => new(false, text);
}
