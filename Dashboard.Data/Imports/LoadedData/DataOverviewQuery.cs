using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.LoadedData;

/// <summary>Reads the <see cref="DataOverview"/>: counts from the tables, sales from their monthly totals and batch ranges.</summary>
public sealed class DataOverviewQuery(Database database)
{
    public DataOverview Load()
    {
        using var connection = database.Open();
        var organisations = connection.Query(
            """
            SELECT o.name, o.is_demo,
                   (SELECT COUNT(*) FROM stores s WHERE s.organisation_id = o.id),
                   (SELECT COUNT(*) FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT COUNT(*) FROM trajectories t WHERE t.organisation_id = o.id),
                   (SELECT COUNT(DISTINCT participant) FROM trajectories t WHERE t.organisation_id = o.id),
                   (SELECT MIN(start_date) FROM trajectories t WHERE t.organisation_id = o.id),
                   (SELECT MAX(start_date) FROM trajectories t WHERE t.organisation_id = o.id),
                   (SELECT COUNT(*) FROM certificates c WHERE c.organisation_id = o.id),
                   (SELECT COALESCE(SUM(m.row_count), 0) FROM sales_monthly m JOIN practices p ON p.id = m.practice_id
                       JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT COALESCE(SUM(m.revenue_cents), 0) FROM sales_monthly m JOIN practices p ON p.id = m.practice_id
                       JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT MIN(r.first_date) FROM sales_batch_ranges r JOIN import_batches b ON b.id = r.batch_id AND b.undone_at IS NULL
                       JOIN practices p ON p.id = r.practice_id JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT MAX(r.last_date) FROM sales_batch_ranges r JOIN import_batches b ON b.id = r.batch_id AND b.undone_at IS NULL
                       JOIN practices p ON p.id = r.practice_id JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT COALESCE(SUM(i.amount_cents), 0) FROM investments i JOIN practices p ON p.id = i.practice_id
                       JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT MIN(i.year) FROM investments i JOIN practices p ON p.id = i.practice_id
                       JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT MAX(i.year) FROM investments i JOIN practices p ON p.id = i.practice_id
                       JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = o.id),
                   (SELECT COUNT(*) FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id WHERE t.organisation_id = o.id)
            FROM organisations o
            ORDER BY o.name
            """,
            r => new OrganisationOverview(
                r.GetString(0), r.GetInt64(1) == 1, r.GetInt32(2), r.GetInt32(3), r.GetInt64(4), r.GetInt64(5),
                Date(r.GetStringOrNull(6)), Date(r.GetStringOrNull(7)), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10) / 100m,
                Date(r.GetStringOrNull(11)), Date(r.GetStringOrNull(12)), r.GetInt64(13) / 100m,
                r.IsDBNull(14) ? null : r.GetInt32(14), r.IsDBNull(15) ? null : r.GetInt32(15), r.GetInt64(16)));
        return new DataOverview(organisations);
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : IsoDate.Parse(iso);
}
