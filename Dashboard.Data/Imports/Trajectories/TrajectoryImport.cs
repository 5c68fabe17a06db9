using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Storage;
using static Dashboard.Data.Storage.DbExtensions;

namespace Dashboard.Data.Imports.Trajectories;

/// <summary>
/// `deelnemers` (docs/importbestanden.md#deelnemers): one row per trajectory. Key: organisation, participant, store, practice and
/// start date; importing a trajectory again updates it. With replace, the file is the complete list for
/// the stores it names: their stored trajectories that are not in the file are removed.
/// </summary>
internal sealed class TrajectoryImport : KeyedFileImport
{
    public static readonly ImportColumn Participant = new("deelnemer", "participant", true, ColumnValue.Identifier);
    public static readonly ImportColumn Store = new("winkel", "store", true, ColumnValue.Identifier);
    public static readonly ImportColumn Practice = new("praktijk", "practice", true, ColumnValue.Identifier);
    public static readonly ImportColumn TargetGroup = new("doelgroep", "target_group", true, ColumnValue.Code, Codes.TargetGroups);
    public static readonly ImportColumn AgeGroup = new("leeftijdsgroep", "age_group", false, ColumnValue.Code, Codes.AgeGroups);
    public static readonly ImportColumn Scheme = new("regeling", "scheme", false, ColumnValue.Code, Codes.Schemes);
    public static readonly ImportColumn TrajectoryType = new("traject", "trajectory_type", true, ColumnValue.Code, Codes.TrajectoryTypes);
    public static readonly ImportColumn StartDate = new("startdatum", "start_date", true, ColumnValue.Date);
    public static readonly ImportColumn EndDate = new("einddatum", "end_date", false, ColumnValue.Date);
    public static readonly ImportColumn HoursPerWeek = new("uren_per_week", "hours_per_week", true, ColumnValue.Number);
    public static readonly ImportColumn Outcome = new("uitstroom", "outcome", false, ColumnValue.Code, Codes.Outcomes);
    public static readonly ImportColumn LadderStart = new("ladder_start", "ladder_start", false, ColumnValue.WholeNumber);
    public static readonly ImportColumn LadderEnd = new("ladder_eind", "ladder_end", false, ColumnValue.WholeNumber);

    public static readonly IReadOnlyList<ImportColumn> Columns =
    [
        Participant, Store, Practice, TargetGroup, AgeGroup, Scheme, TrajectoryType, StartDate, EndDate, HoursPerWeek,
        Outcome, LadderStart, LadderEnd,
    ];

    private readonly Dictionary<(long Organisation, string Participant, long Practice, DateOnly Start), int> _keys = [];
    /// <summary>The stored trajectories of each organisation the file names (<see cref="KeyedFileImport.ReadOnce"/>).</summary>
    private readonly Dictionary<long, Dictionary<(string Participant, long Practice, string Start), (long Id, Values Stored)>> _stored = [];
    private readonly DbCommand _insert;
    private readonly DbCommand _update;

    public TrajectoryImport(ImportContext context) : base(context, ImportKind.Deelnemers, "trajectories", "Summary.Trajectories")
    {
        _insert = context.Prepare(
            """
            INSERT INTO trajectories (organisation_id, participant, practice_id, start_date, end_date, target_group, age_group,
                                      scheme, trajectory_type, hours_per_week, outcome, ladder_start, ladder_end, batch_id, record_key)
            VALUES (@org, @participant, @practice, @start, @end, @target_group, @age_group,
                    @scheme, @type, @hours, @outcome, @ladder_start, @ladder_end, @batch, @key)
            """);
        _update = context.Prepare(
            """
            UPDATE trajectories SET end_date = @end, target_group = @target_group, age_group = @age_group, scheme = @scheme,
                trajectory_type = @type, hours_per_week = @hours, outcome = @outcome, ladder_start = @ladder_start,
                ladder_end = @ladder_end, batch_id = @batch
            WHERE id = @id
            """);
    }

    private sealed record Values(string? End, string TargetGroup, string? AgeGroup, string? Scheme, string Type, double Hours,
        string? Outcome, long? LadderStart, long? LadderEnd);

    public override void Row(RowReader row)
    {
        var code = ParticipantCode(row, Participant);
        var place = Context.Practices.Resolve(row, Store, Practice, Context.Request.IsDemo);
        var targetGroup = row.Code(TargetGroup);
        var ageGroup = row.Code(AgeGroup);
        var scheme = row.Code(Scheme);
        var type = row.Code(TrajectoryType);
        var start = row.Date(StartDate);
        var end = row.Date(EndDate);
        var hours = row.Number(HoursPerWeek);
        var outcome = row.Code(Outcome);
        var ladderStart = Ladder(row, LadderStart);
        var ladderEnd = Ladder(row, LadderEnd);

        if (hours is { } h && h is <= 0 or > 60)
        {
            row.Problem(HoursPerWeek, RowReader.Show(h), "buiten bereik", row.Message("Trajectory.Hours", h));
        }
        if (start is { } s && end is { } e && e < s)
        {
            row.Problem(EndDate, RowReader.Show(e), "einde vóór start",
                row.Message("Trajectory.EndBeforeStart", RowReader.Show(e), RowReader.Show(s)));
        }
        if (end is { } ended && ended > Context.Today)
        {
            row.Problem(EndDate, RowReader.Show(ended), "in de toekomst",
                row.Message("Trajectory.EndInFuture", RowReader.Show(ended), RowReader.Show(Context.Today)),
                row.Message("Trajectory.EndInFuture.Suggestion"));
        }
        if (!row.IsEmpty(EndDate) && row.IsEmpty(Outcome))
        {
            row.Problem(Outcome, null, "uitstroom ontbreekt", row.Message("Trajectory.NoOutcome"),
                row.Message("Trajectory.NoOutcome.Suggestion", string.Join(", ", Codes.Outcomes.Codes.Take(3))));
        }
        if (row.IsEmpty(EndDate) && !row.IsEmpty(Outcome))
        {
            row.Problem(Outcome, row.Text(Outcome), "uitstroom zonder einde",
                row.Message("Trajectory.OutcomeWithoutEnd", row.Text(Outcome)));
        }
        if (code is null || place is not { } p || start is null || targetGroup is null || type is null || hours is null)
        {
            return;
        }
        var participant = Context.ParticipantKey.Pseudonymize(p.Store.OrganisationId, code);
        var key = (p.Store.OrganisationId, participant, p.Practice.Id, start.Value);
        if (_keys.TryGetValue(key, out var firstRow))
        {
            row.Problem(StartDate, RowReader.Show(start.Value), "dubbele rij",
                row.Message("Trajectory.DuplicateRow", firstRow));
            return;
        }
        _keys[key] = row.Row;
        Names(p.Store.Id);
        if (row.HasProblems || !Context.Writing)
        {
            return;
        }
        Write(key, new Values(IsoDate.Format(end), targetGroup, ageGroup, scheme, type, (double)hours.Value, outcome, ladderStart, ladderEnd));
    }

    private static long? Ladder(RowReader row, ImportColumn column)
    {
        var step = row.WholeNumber(column);
        if (step is < 1 or > 6)
        {
            row.Problem(column, step.Value.ToString(CultureInfo.InvariantCulture), "buiten bereik",
                row.Message("Trajectory.LadderStep", step));
            return null;
        }
        return step;
    }

    private void Write((long Organisation, string Participant, long Practice, DateOnly Start) key, Values values)
    {
        long? id = null;
        Values? stored = null;
        if (StoredAt(key.Organisation).TryGetValue((key.Participant, key.Practice, IsoDate.Format(key.Start)), out var found))
        {
            (id, stored) = found;
        }
        var command = id is null ? _insert : _update;
        Set(command, ("@end", values.End), ("@target_group", values.TargetGroup), ("@age_group", values.AgeGroup),
            ("@scheme", values.Scheme), ("@type", values.Type), ("@hours", values.Hours), ("@outcome", values.Outcome),
            ("@ladder_start", values.LadderStart), ("@ladder_end", values.LadderEnd), ("@batch", Context.BatchId));
        if (id is null)
        {
            Set(command, ("@org", key.Organisation), ("@participant", key.Participant), ("@practice", key.Practice), ("@start", IsoDate.Format(key.Start)),
                ("@key", Context.RecordKeys.Next()));
            StoreParticipant(key.Organisation, key.Participant);
            CountAdded();
        }
        else
        {
            Set(command, ("@id", id.Value));
            CountStored(changed: stored != values);
        }
        Writes.Run(command);
    }

    private Dictionary<(string Participant, long Practice, string Start), (long Id, Values Stored)> StoredAt(long organisation)
    {
        if (!_stored.TryGetValue(organisation, out var rows))
        {
            rows = ReadOnce(
                """
                SELECT id, participant, practice_id, start_date, end_date, target_group, age_group, scheme, trajectory_type, hours_per_week,
                       outcome, ladder_start, ladder_end
                FROM trajectories WHERE organisation_id = @org
                """, organisation,
                r => (Key: (r.GetString(1), r.GetInt64(2), r.GetString(3)),
                    Row: (r.GetInt64(0), new Values(r.GetStringOrNull(4), r.GetString(5), r.GetStringOrNull(6), r.GetStringOrNull(7),
                        r.GetString(8), r.GetDouble(9), r.GetStringOrNull(10), r.GetInt64OrNull(11), r.GetInt64OrNull(12)))))
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
