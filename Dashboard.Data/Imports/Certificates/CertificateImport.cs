using System.Data.Common;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Storage;
using static Dashboard.Data.Storage.DbExtensions;

namespace Dashboard.Data.Imports.Certificates;

/// <summary>
/// `certificaten` (docs/importbestanden.md#certificaten): one row per certificate earned. Key: organisation, participant, date, kind
/// and name; importing it again updates where it was earned. Replace works as for trajectories.
/// </summary>
internal sealed class CertificateImport : KeyedFileImport
{
    public static readonly ImportColumn Participant = new("deelnemer", "participant", true, ColumnValue.Identifier);
    public static readonly ImportColumn Store = new("winkel", "store", true, ColumnValue.Identifier);
    public static readonly ImportColumn Practice = new("praktijk", "practice", true, ColumnValue.Identifier);
    public static readonly ImportColumn Date = new("datum", "date", true, ColumnValue.Date);
    public static readonly ImportColumn Kind = new("soort", "kind", true, ColumnValue.Code, Codes.CertificateKinds);
    public static readonly ImportColumn Name = new("certificaat", "certificate_name", false, MaxLength: ImportColumn.ShortTextLength);

    public static readonly IReadOnlyList<ImportColumn> Columns = [Participant, Store, Practice, Date, Kind, Name];

    private readonly Dictionary<(long Organisation, string Participant, DateOnly Date, string Kind, string Name), int> _keys = [];
    /// <summary>The stored certificates of each organisation the file names (<see cref="KeyedFileImport.ReadOnce"/>).</summary>
    private readonly Dictionary<long, Dictionary<(string Participant, string Date, string Kind, string Name), (long Id, long Practice)>> _stored = [];
    private readonly DbCommand _insert;
    private readonly DbCommand _update;

    public CertificateImport(ImportContext context) : base(context, ImportKind.Certificaten, "certificates", "Summary.Certificates")
    {
        _insert = context.Prepare(
            """
            INSERT INTO certificates (organisation_id, participant, practice_id, certificate_date, kind, name, batch_id, record_key)
            VALUES (@org, @participant, @practice, @date, @kind, @name, @batch, @key)
            """);
        _update = context.Prepare("UPDATE certificates SET practice_id = @practice, batch_id = @batch WHERE id = @id");
    }

    public override void Row(RowReader row)
    {
        var code = ParticipantCode(row, Participant);
        var place = Context.Practices.Resolve(row, Store, Practice, Context.Request.IsDemo);
        var date = row.Date(Date);
        var kind = row.Code(Kind);
        var name = row.Text(Name) ?? string.Empty;
        if (date is { } d && d > Context.Today)
        {
            row.Problem(Date, RowReader.Show(d), "in de toekomst",
                row.Message("Certificate.InFuture", RowReader.Show(d), RowReader.Show(Context.Today)));
        }
        if (code is null || place is not { } p || date is null || kind is null)
        {
            return;
        }
        var participant = Context.ParticipantKey.Pseudonymize(p.Store.OrganisationId, code);
        var key = (p.Store.OrganisationId, participant, date.Value, kind, name);
        if (_keys.TryGetValue(key, out var firstRow))
        {
            row.Problem(Kind, kind, "dubbele rij",
                row.Message("Certificate.DuplicateRow", firstRow));
            return;
        }
        _keys[key] = row.Row;
        Names(p.Store.Id);
        if (row.HasProblems || !Context.Writing)
        {
            return;
        }
        if (StoredAt(key.Item1).TryGetValue((participant, IsoDate.Format(date.Value), kind, name), out var stored))
        {
            Set(_update, ("@practice", p.Practice.Id), ("@batch", Context.BatchId), ("@id", stored.Id));
            Writes.Run(_update);
            CountStored(changed: stored.Practice != p.Practice.Id);
            return;
        }
        Set(_insert, ("@org", key.Item1), ("@participant", participant), ("@practice", p.Practice.Id),
            ("@date", IsoDate.Format(date.Value)), ("@kind", kind), ("@name", name), ("@batch", Context.BatchId), ("@key", Context.RecordKeys.Next()));
        Writes.Run(_insert);
        StoreParticipant(key.Item1, participant);
        CountAdded();
    }

    private Dictionary<(string Participant, string Date, string Kind, string Name), (long Id, long Practice)> StoredAt(long organisation)
    {
        if (!_stored.TryGetValue(organisation, out var rows))
        {
            rows = ReadOnce("SELECT id, participant, certificate_date, kind, name, practice_id FROM certificates WHERE organisation_id = @org",
                    organisation, r => (Key: (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4)), Row: (r.GetInt64(0), r.GetInt64(5))))
                .ToDictionary(p => p.Key, p => p.Row);
            _stored[organisation] = rows;
        }
        return rows;
    }

    public override void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        base.Dispose();
    }
}
