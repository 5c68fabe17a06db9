using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>
/// The kinds whose rows have a key — trajectories and certificates (docs/importbestanden.md#deelnemers and docs/importbestanden.md#certificaten): a row already stored is
/// updated, never duplicated, and with replace the file is the complete list for the stores it names, so
/// their stored rows that the file did not write again are removed.
/// </summary>
internal abstract class KeyedFileImport(ImportContext context, ImportKind kind, string table, string rowsKey)
    : FileImport(context)
{
    private readonly HashSet<long> _stores = [];
    private int _added, _updated, _unchanged;

    /// <summary>Remembers a store the file names, for replace.</summary>
    protected void Names(long storeId) => _stores.Add(storeId);

    protected void CountAdded() => _added++;

    protected void CountStored(bool changed)
    {
        if (changed)
        {
            _updated++;
        }
        else
        {
            _unchanged++;
        }
    }

    public override ImportSummary Complete(int rows)
    {
        var removed = 0;
        if (Context.Replace && Context.Writing && _stores.Count > 0)
        {
            // Every row the file wrote carries this batch; the named stores' other rows were not in the file.
            removed = Context.Connection.Execute(
                $"""
                DELETE FROM {table}
                WHERE batch_id <> $batch AND practice_id IN (SELECT id FROM practices WHERE store_id IN ({string.Join(",", _stores)}))
                """, Context.Transaction, ("$batch", Context.BatchId));
        }
        var description = Context.Replace
            ? new ImportText("Summary.KeyedReplaced", ImportText.Count(rowsKey, rows), _added, _updated, _unchanged, removed)
            : new ImportText("Summary.Keyed", ImportText.Count(rowsKey, rows), _added, _updated, _unchanged);
        return new ImportSummary(kind, rows, description)
        {
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            Removed = removed,
        };
    }
}
