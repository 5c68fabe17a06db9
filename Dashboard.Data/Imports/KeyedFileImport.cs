using System.Data.Common;
using Dashboard.Data.Storage;
using static Dashboard.Data.Storage.DbExtensions;

namespace Dashboard.Data.Imports;

/// <summary>
/// The kinds whose rows have a key — trajectories, certificates and follow-ups (docs/importbestanden.md#deelnemers,
/// docs/importbestanden.md#certificaten and docs/importbestanden.md#nametingen): a row already stored is updated, never
/// duplicated, and with replace the file is the complete list for the stores it names, so their stored rows that the file
/// did not write again are removed. A record stored for the first time gets a record
/// key, and so does a participant met for the first time (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken);
/// an update keeps the key.
/// </summary>
internal abstract class KeyedFileImport : FileImport
{
    private readonly ImportKind _kind;
    private readonly string _table;
    private readonly string _rowsKey;
    private readonly HashSet<long> _stores = [];
    private readonly DbCommand _participant;
    private int _added, _updated, _unchanged;

    protected KeyedFileImport(ImportContext context, ImportKind kind, string table, string rowsKey) : base(context)
    {
        (_kind, _table, _rowsKey) = (kind, table, rowsKey);
        Writes = new RowWrites(context.Connection, context.Transaction);
        _participant = context.Prepare(
            """
            INSERT INTO participants (organisation_id, participant, record_key) VALUES (@org, @participant, @key)
            ON CONFLICT (organisation_id, participant) DO NOTHING
            """);
    }

    /// <summary>Where the rows' statements go (at once, or batched on PostgreSQL).</summary>
    protected RowWrites Writes { get; }

    /// <summary>
    /// The stored records of an organisation, read once when the file first names it: a look-up per row would be a round
    /// trip per row on PostgreSQL. What this import wrote so far is sent first.
    /// </summary>
    protected List<T> ReadOnce<T>(string sql, long organisation, Func<DbDataReader, T> map)
    {
        Writes.Flush();
        return Context.Connection.Query(sql, map, Context.Transaction, ("@org", organisation));
    }

    /// <summary>Remembers a store the file names, for replace.</summary>
    protected void Names(long storeId) => _stores.Add(storeId);

    /// <summary>Stores the participant with a new record key, unless they are stored already.</summary>
    protected void StoreParticipant(long organisation, string participant)
    {
        if (!_participants.TryGetValue(organisation, out var known))
        {
            known = ReadOnce("SELECT participant FROM participants WHERE organisation_id = @org", organisation, r => r.GetString(0))
                .ToHashSet(StringComparer.Ordinal);
            _participants[organisation] = known;
        }
        if (!known.Add(participant))
        {
            return;
        }
        Set(_participant, ("@org", organisation), ("@participant", participant), ("@key", Context.RecordKeys.Next()));
        Writes.Run(_participant);
    }

    private readonly Dictionary<long, HashSet<string>> _participants = [];

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
        Writes.Flush();
        var removed = 0;
        if (Context.Replace && Context.Writing && _stores.Count > 0)
        {
            // Every row the file wrote carries this batch; the named stores' other rows were not in the file.
            removed = Context.Connection.Execute(
                $"""
                DELETE FROM {_table}
                WHERE batch_id <> @batch AND practice_id IN (SELECT id FROM practices WHERE store_id IN ({string.Join(",", _stores)}))
                """, Context.Transaction, ("@batch", Context.BatchId));
            if (removed > 0)
            {
                RemoveParticipantsWithoutRecords(Context.Connection, Context.Transaction);
            }
        }
        var description = Context.Replace
            ? new ImportText("Summary.KeyedReplaced", ImportText.Count(_rowsKey, rows), _added, _updated, _unchanged, removed)
            : new ImportText("Summary.Keyed", ImportText.Count(_rowsKey, rows), _added, _updated, _unchanged);
        return new ImportSummary(_kind, rows, description)
        {
            Added = _added,
            Updated = _updated,
            Unchanged = _unchanged,
            Removed = removed,
        };
    }

    /// <summary>Removes the participants whose last trajectory and certificate are gone, with their record keys.</summary>
    internal static int RemoveParticipantsWithoutRecords(DbConnection connection, DbTransaction transaction) =>
        connection.Execute(
            """
            DELETE FROM participants
            WHERE NOT EXISTS (SELECT 1 FROM trajectories t WHERE t.organisation_id = participants.organisation_id AND t.participant = participants.participant)
              AND NOT EXISTS (SELECT 1 FROM certificates c WHERE c.organisation_id = participants.organisation_id AND c.participant = participants.participant)
            """, transaction);

    public override void Dispose()
    {
        Writes.Dispose();
        _participant.Dispose();
    }
}
