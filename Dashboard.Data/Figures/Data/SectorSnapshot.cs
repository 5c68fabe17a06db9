using System.Data.Common;
using Dashboard.Data.Figures.Formulas;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// Everything the indicators need that changes only with the data, read once per change (see
/// <see cref="SnapshotCache"/>): practices with their store and organisation, every trajectory, every
/// certificate with its attributed trajectory, every follow-up with its trajectory, each with its record key (and a
/// trajectory with its participant's), the monthly sales totals, the investments, and the last day that has data.
/// The days of a month a period cuts through are summed from the raw rows once per change and kept beside it (<see cref="SnapshotCache.DaysOf"/>).
/// </summary>
public sealed class SectorSnapshot
{
    public required IReadOnlyList<PracticeInfo> Practices { get; init; }
    public required IReadOnlyList<TrajectoryFact> Trajectories { get; init; }
    public required IReadOnlyList<CertificateFact> Certificates { get; init; }

    /// <summary>Every follow-up (nameting), with the trajectory it follows up.</summary>
    public IReadOnlyList<FollowUpFact> FollowUps { get; init; } = [];

    /// <summary>Every row of sales_monthly.</summary>
    public IReadOnlyList<SalesFact> MonthlySales { get; init; } = [];

    /// <summary>Every investment, by practice, year and funder.</summary>
    public IReadOnlyList<InvestmentFact> Investments { get; init; } = [];

    /// <summary>The trajectories, certificates and follow-ups laid out for the calculator's scans. Built on first use; two
    /// threads building it at once build the same rows.</summary>
    public PackedPeople Packed => _packed ??= new PackedPeople(Practices, Trajectories, Certificates, FollowUps);

    private PackedPeople? _packed;

    /// <summary>The monthly sales totals laid out per practice, built on first use like <see cref="Packed"/>.</summary>
    public PackedSales PackedSales => _packedSales ??= new PackedSales(Practices.Count, MonthlySales, PracticeIndex);

    private PackedSales? _packedSales;

    /// <summary>Builds <see cref="Packed"/> and <see cref="PackedSales"/> now, as part of reading the data, rather than in the first figures asked for.</summary>
    public SectorSnapshot Pack()
    {
        _ = Packed;
        _ = PackedSales;
        return this;
    }

    /// <summary>A practice's index in <see cref="Practices"/>, by its id; −1 for an unknown id.</summary>
    public int PracticeIndex(long practiceId) =>
        (_practiceIndex ??= Practices.Select((p, i) => (p.Id, i)).ToDictionary()).GetValueOrDefault(practiceId, -1);

    private Dictionary<long, int>? _practiceIndex;

    /// <summary>The last day with any trajectory, certificate, follow-up or sales data; null in an empty installation.</summary>
    public DateOnly? LastDataDay { get; init; }

    public static SectorSnapshot Load(DbConnection connection, DbTransaction? transaction = null)
    {
        var practices = connection.Query(
            """
            SELECT p.id, p.code, p.name, p.kind, s.id, s.code, s.name, s.city, s.floor_area_m2, o.id, o.name, o.is_demo, o.takes_part
            FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            ORDER BY s.code, p.code
            """,
            r => new PracticeInfo(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5),
                r.GetString(6), r.GetStringOrNull(7), r.IsDBNull(8) ? null : (decimal)r.GetDouble(8), r.GetInt64(9), r.GetString(10), r.GetInt64(11) == 1,
                r.GetInt64(12) == 1),
            transaction);

        var participants = new Dictionary<(long Organisation, string Pseudonym), int>();
        int ParticipantNumber(long organisation, string pseudonym)
        {
            if (!participants.TryGetValue((organisation, pseudonym), out var number))
            {
                number = participants.Count;
                participants[(organisation, pseudonym)] = number;
            }
            return number;
        }

        var trajectoryIds = new Dictionary<long, TrajectoryFact>();
        var trajectories = connection.Query(
            """
            SELECT t.organisation_id, t.participant, t.practice_id, t.start_date, t.end_date, t.target_group, t.age_group, t.trajectory_type,
                   t.scheme, t.hours_per_week, t.outcome, t.ladder_start, t.ladder_end, t.record_key, p.record_key, t.id
            FROM trajectories t
            LEFT JOIN participants p ON p.organisation_id = t.organisation_id AND p.participant = t.participant
            """,
            r => trajectoryIds[r.GetInt64(15)] = new TrajectoryFact(ParticipantNumber(r.GetInt64(0), r.GetString(1)), r.GetInt64(2), IsoDate.Parse(r.GetString(3)),
                r.IsDBNull(4) ? null : IsoDate.Parse(r.GetString(4)), string.Intern(r.GetString(5)), Intern(r.GetStringOrNull(6)),
                string.Intern(r.GetString(7)), Intern(r.GetStringOrNull(8)), (decimal)r.GetDouble(9), Intern(r.GetStringOrNull(10)),
                (int?)r.GetInt64OrNull(11), (int?)r.GetInt64OrNull(12), (byte)r.GetInt64(13), ParticipantKey(r, 14)),
            transaction);

        var byParticipantAndPractice = trajectories.ToLookup(t => (t.Participant, t.PracticeId));
        var certificates = connection.Query(
            "SELECT organisation_id, participant, practice_id, certificate_date, kind, record_key FROM certificates",
            r => (Participant: ParticipantNumber(r.GetInt64(0), r.GetString(1)), Practice: r.GetInt64(2),
                Date: IsoDate.Parse(r.GetString(3)), Kind: string.Intern(r.GetString(4)), Key: (byte)r.GetInt64(5)), transaction)
            .Select(c => new CertificateFact(c.Participant, c.Practice, c.Date, c.Kind,
                CertificateAttribution.Attribute(c.Date, byParticipantAndPractice[(c.Participant, c.Practice)]), c.Key))
            .ToList();

        var followUps = connection.Query(
            "SELECT trajectory_id, follow_up_date, situation, record_key FROM follow_ups",
            r => new FollowUpFact(trajectoryIds[r.GetInt64(0)], IsoDate.Parse(r.GetString(1)), string.Intern(r.GetString(2)), (byte)r.GetInt64(3)),
            transaction);

        var lastSale = connection.Scalar<string?>(
            "SELECT MAX(r.last_date) FROM sales_batch_ranges r JOIN import_batches b ON b.id = r.batch_id WHERE b.undone_at IS NULL",
            transaction);
        DateOnly?[] candidates =
        [
            lastSale is null ? null : IsoDate.Parse(lastSale),
            trajectories.Count == 0 ? null : trajectories.Max(t => t.End is { } end && end > t.Start ? end : t.Start),
            certificates.Count == 0 ? null : certificates.Max(c => c.Date),
            followUps.Count == 0 ? null : followUps.Max(f => f.Date),
        ];
        return new SectorSnapshot
        {
            Practices = practices,
            Trajectories = trajectories,
            Certificates = certificates,
            FollowUps = followUps,
            MonthlySales = SalesTotalsQuery.WholeMonths(connection, transaction),
            Investments = connection.Query(
                "SELECT practice_id, year, funder, amount_cents, description FROM investments ORDER BY practice_id, year, funder",
                r => new InvestmentFact(r.GetInt64(0), (int)r.GetInt64(1), string.Intern(r.GetString(2)), r.GetInt64(3), r.GetString(4)), transaction),
            LastDataDay = candidates.Max(),
        };
    }

    /// <summary>A participant's record key. Every import stores the participant with their first record, so a missing one is a fault.</summary>
    private static byte ParticipantKey(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? throw new InvalidOperationException("A trajectory's participant has no record key: the participants table misses a row.")
        : (byte)reader.GetInt64(ordinal);

    private static string? Intern(string? text) => text is null ? null : string.Intern(text);
}
