using System.Data.Common;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.FollowUps;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Trajectories;
using Dashboard.Data.Storage;
using static Dashboard.Data.Storage.DbExtensions;

namespace Dashboard.Data.Imports.FollowUps;

/// <summary>
/// `nametingen` (docs/importbestanden.md#nametingen): what a former participant was doing when called some months after their
/// trajectory ended, one row per trajectory and date of the follow-up. The first four columns name a stored trajectory that
/// has ended; the follow-up lies after its end and not after today. Key: trajectory and date; importing it again updates the
/// situation. Replace works as for trajectories: the file is the complete list for the stores it names. The summary counts the
/// follow-ups in neither the 6- nor the 12-month window (docs/nameting.md#het-moment): stored, but in no figure.
/// </summary>
internal sealed class FollowUpImport : KeyedFileImport
{
    // The first four columns name the trajectory exactly as the `deelnemers` file does: they are its columns.
    public static readonly ImportColumn Participant = TrajectoryImport.Participant;
    public static readonly ImportColumn Store = TrajectoryImport.Store;
    public static readonly ImportColumn Practice = TrajectoryImport.Practice;
    public static readonly ImportColumn StartDate = TrajectoryImport.StartDate;
    public static readonly ImportColumn Date = new("meetdatum", "follow_up_date", true, ColumnValue.Date);
    public static readonly ImportColumn Situation = new("situatie", "situation", true, ColumnValue.Code, Codes.FollowUpSituations);

    public static readonly IReadOnlyList<ImportColumn> Columns = [Participant, Store, Practice, StartDate, Date, Situation];

    private readonly Dictionary<(long Trajectory, DateOnly Date), int> _keys = [];
    /// <summary>The stored trajectories of each organisation the file names, by participant, practice and start (<see cref="KeyedFileImport.ReadOnce"/>).</summary>
    private readonly Dictionary<long, Dictionary<(string Participant, long Practice, string Start), (long Id, string? End)>> _trajectories = [];
    /// <summary>The stored follow-ups of each organisation the file names, by trajectory and date.</summary>
    private readonly Dictionary<long, Dictionary<(long Trajectory, string Date), (long Id, string Situation)>> _stored = [];
    private readonly DbCommand _insert;
    private readonly DbCommand _update;
    /// <summary>The file's follow-ups in neither the 6- nor the 12-month window: stored, but counted in no figure.</summary>
    private int _outsideWindows;

    public FollowUpImport(ImportContext context) : base(context, ImportKind.Nametingen, "follow_ups", "Summary.FollowUps")
    {
        _insert = context.Prepare(
            """
            INSERT INTO follow_ups (trajectory_id, practice_id, follow_up_date, situation, batch_id, record_key)
            VALUES (@trajectory, @practice, @date, @situation, @batch, @key)
            """);
        _update = context.Prepare("UPDATE follow_ups SET situation = @situation, batch_id = @batch WHERE id = @id");
    }

    public override void Row(RowReader row)
    {
        var code = ParticipantCode(row, Participant);
        var place = Context.Practices.Resolve(row, Store, Practice, Context.Request.IsDemo);
        var start = row.Date(StartDate);
        var date = row.Date(Date);
        var situation = row.Code(Situation);
        if (date is { } d && d > Context.Today)
        {
            row.Problem(Date, RowReader.Show(d), "in de toekomst",
                row.Message("FollowUp.InFuture", RowReader.Show(d), RowReader.Show(Context.Today)));
        }
        if (code is null || place is not { } p || start is null || date is null || situation is null)
        {
            return;
        }
        var organisation = p.Store.OrganisationId;
        var participant = Context.ParticipantKey.Pseudonymize(organisation, code);
        // Every refusal below names the trajectory as the file does: participant, store, practice and start date.
        object[] trajectory = [code, p.Store.Code, p.Practice.Code, RowReader.Show(start.Value)];
        if (!TrajectoriesAt(organisation).TryGetValue((participant, p.Practice.Id, IsoDate.Format(start.Value)), out var found))
        {
            row.Problem(StartDate, RowReader.Show(start.Value), "onbekend traject",
                row.Message("FollowUp.NoTrajectory", trajectory), row.Message("FollowUp.NoTrajectory.Suggestion"));
            return;
        }
        if (found.End is null)
        {
            row.Problem(StartDate, RowReader.Show(start.Value), "traject loopt nog",
                row.Message("FollowUp.NotEnded", trajectory), row.Message("FollowUp.NotEnded.Suggestion"));
            return;
        }
        var end = IsoDate.Parse(found.End);
        if (date.Value <= end)
        {
            row.Problem(Date, RowReader.Show(date.Value), "niet na einde traject",
                row.Message("FollowUp.NotAfterEnd", [.. trajectory, RowReader.Show(date.Value), RowReader.Show(end)]));
            return;
        }
        var key = (found.Id, date.Value);
        if (_keys.TryGetValue(key, out var firstRow))
        {
            row.Problem(Date, RowReader.Show(date.Value), "dubbele rij", row.Message("FollowUp.DuplicateRow", firstRow));
            return;
        }
        _keys[key] = row.Row;
        Names(p.Store.Id);
        if (FollowUpMoment.WindowOf(end, date.Value) == FollowUpWindow.None)
        {
            _outsideWindows++;
        }
        if (row.HasProblems || !Context.Writing)
        {
            return;
        }
        if (StoredAt(organisation).TryGetValue((found.Id, IsoDate.Format(date.Value)), out var stored))
        {
            Set(_update, ("@situation", situation), ("@batch", Context.BatchId), ("@id", stored.Id));
            Writes.Run(_update);
            CountStored(changed: stored.Situation != situation);
            return;
        }
        // The practice is the trajectory's: the key includes it.
        Set(_insert, ("@trajectory", found.Id), ("@practice", p.Practice.Id), ("@date", IsoDate.Format(date.Value)), ("@situation", situation),
            ("@batch", Context.BatchId), ("@key", Context.RecordKeys.Next()));
        Writes.Run(_insert);
        CountAdded();
    }

    public override ImportSummary Complete(int rows)
    {
        var summary = base.Complete(rows);
        return _outsideWindows == 0
            ? summary
            : summary with { Text = new ImportText("Summary.FollowUps.WithOutsideWindows", summary.Text, ImportText.Count("Summary.FollowUps.OutsideWindows", _outsideWindows)) };
    }

    private Dictionary<(string Participant, long Practice, string Start), (long Id, string? End)> TrajectoriesAt(long organisation)
    {
        if (!_trajectories.TryGetValue(organisation, out var rows))
        {
            rows = ReadOnce("SELECT id, participant, practice_id, start_date, end_date FROM trajectories WHERE organisation_id = @org", organisation,
                    r => (Key: (r.GetString(1), r.GetInt64(2), r.GetString(3)), Row: (r.GetInt64(0), r.GetStringOrNull(4))))
                .ToDictionary(t => t.Key, t => t.Row);
            _trajectories[organisation] = rows;
        }
        return rows;
    }

    private Dictionary<(long Trajectory, string Date), (long Id, string Situation)> StoredAt(long organisation)
    {
        if (!_stored.TryGetValue(organisation, out var rows))
        {
            rows = ReadOnce(
                    """
                    SELECT f.id, f.trajectory_id, f.follow_up_date, f.situation
                    FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id WHERE t.organisation_id = @org
                    """, organisation,
                    r => (Key: (r.GetInt64(1), r.GetString(2)), Row: (r.GetInt64(0), r.GetString(3))))
                .ToDictionary(f => f.Key, f => f.Row);
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
