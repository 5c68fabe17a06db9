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
    private readonly DbCommand _find;
    private readonly DbCommand _insert;
    private readonly DbCommand _update;

    public CertificateImport(ImportContext context) : base(context, ImportKind.Certificaten, "certificates", "Summary.Certificates")
    {
        const string key = "organisation_id = @org AND participant = @participant AND certificate_date = @date AND kind = @kind AND name = @name";
        _find = context.Prepare($"SELECT id, practice_id FROM certificates WHERE {key}");
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
        Set(_find, ("@org", key.Item1), ("@participant", participant), ("@date", IsoDate.Format(date.Value)), ("@kind", kind), ("@name", name));
        (long Id, long Practice)? stored = null;
        using (var reader = _find.ExecuteReader())
        {
            if (reader.Read())
            {
                stored = (reader.GetInt64(0), reader.GetInt64(1));
            }
        }
        if (stored is { } s)
        {
            Set(_update, ("@practice", p.Practice.Id), ("@batch", Context.BatchId), ("@id", s.Id));
            _update.ExecuteNonQuery();
            CountStored(changed: s.Practice != p.Practice.Id);
            return;
        }
        Set(_insert, ("@org", key.Item1), ("@participant", participant), ("@practice", p.Practice.Id),
            ("@date", IsoDate.Format(date.Value)), ("@kind", kind), ("@name", name), ("@batch", Context.BatchId), ("@key", Context.RecordKeys.Next()));
        _insert.ExecuteNonQuery();
        StoreParticipant(key.Item1, participant);
        CountAdded();
    }

    public override void Dispose()
    {
        _find.Dispose();
        _insert.Dispose();
        _update.Dispose();
        base.Dispose();
    }
}
