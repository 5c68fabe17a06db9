using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures;

/// <summary>
/// The whole demo sector on PostgreSQL (docs/installatie-en-beheer.md#postgresql): every figure of every store, exact and
/// as a protected viewer sees it, is the same as on SQLite — the same files give the same records, with the same record
/// keys — and the engine agrees with plain SQL over PostgreSQL's own tables.
/// </summary>
public sealed class PostgreSqlDemoSectorTests(ImportedDemoSector sqlite, ImportedDemoSectorOnPostgreSql postgreSql)
    : IClassFixture<ImportedDemoSector>, IClassFixture<ImportedDemoSectorOnPostgreSql>
{
    private static readonly Period[] Periods =
    [
        Period.Year(2025),
        new(new DateOnly(2024, 3, 15), new DateOnly(2024, 11, 10)),
        Period.Month(2026, 10),
    ];

    private static List<string> Figures(Database database)
    {
        var service = new IndicatorService(new SnapshotCache(database), new SettingsStore(database));
        var lines = new List<string>();
        foreach (var period in Periods)
        {
            foreach (var profile in new[] { ViewerProfile.Exact, ViewerProfile.Protected })
            {
                foreach (var breakdown in new Dimension?[] { null, Dimension.Store, Dimension.PracticeKind, Dimension.TargetGroup, Dimension.Month })
                {
                    var table = service.Calculate(new IndicatorFilter(period), breakdown, profile);
                    lines.AddRange(table.Groups.Prepend(table.Total).SelectMany(g => g.Figures.Values.Select(f =>
                        $"{period} {profile} {breakdown} {g.Key} {f.Code} {f.Status} {f.Value?.ToString(CultureInfo.InvariantCulture)} {f.SourceRows}")));
                }
            }
        }
        return lines;
    }

    [PostgreSqlFact]
    public void Every_figure_is_the_same_on_both_providers()
    {
        var onSqlite = Figures(sqlite.Installation.Database);
        var onPostgreSql = Figures(postgreSql.Installation.Database);

        Assert.True(onSqlite.Count > 4000, $"{onSqlite.Count} figures");
        Assert.Equal(onSqlite, onPostgreSql);
    }

    [PostgreSqlFact]
    public void The_engine_agrees_with_plain_sql_over_the_PostgreSQL_tables()
    {
        var db = postgreSql.Installation.Database;
        var service = new IndicatorService(new SnapshotCache(db), new SettingsStore(db));
        foreach (var period in Periods)
        {
            var (from, to) = (IsoDate.Format(period.From), IsoDate.Format(period.To));
            var table = service.Calculate(new IndicatorFilter(period), Dimension.Store, ViewerProfile.Exact);
            var hours = PerStore(db,
                $"""
                SELECT s.code, SUM(t.hours_per_week * (LEAST(COALESCE(t.end_date, '{to}'), '{to}')::date - GREATEST(t.start_date, '{from}')::date + 1)) / 7.0
                FROM stores s JOIN practices p ON p.store_id = s.id JOIN trajectories t ON t.practice_id = p.id
                WHERE t.start_date <= '{to}' AND (t.end_date IS NULL OR t.end_date >= '{from}')
                GROUP BY s.code
                """);
            var people = PerStore(db,
                $"""
                SELECT s.code, COUNT(DISTINCT t.organisation_id || '/' || t.participant)
                FROM stores s JOIN practices p ON p.store_id = s.id JOIN trajectories t ON t.practice_id = p.id
                WHERE t.start_date <= '{to}' AND (t.end_date IS NULL OR t.end_date >= '{from}')
                GROUP BY s.code
                """);
            var revenue = PerStore(db,
                $"""
                SELECT s.code, SUM(x.revenue_cents) / 100.0
                FROM stores s JOIN practices p ON p.store_id = s.id JOIN sales x ON x.practice_id = p.id
                WHERE x.sale_date BETWEEN '{from}' AND '{to}'
                GROUP BY s.code
                """);
            foreach (var group in table.Groups)
            {
                Assert.Equal(people.GetValueOrDefault(group.Key), group[IndicatorCode.P1].Value!.Value);
                Assert.True(Math.Abs(hours.GetValueOrDefault(group.Key) - group[IndicatorCode.P8].Value!.Value) < 0.000001m, $"P8 {group.Key} {period}");
                Assert.Equal(revenue.GetValueOrDefault(group.Key), group[IndicatorCode.E1].Value!.Value);
            }
        }
    }

    private static Dictionary<string, decimal> PerStore(Database database, string sql)
    {
        using var connection = database.Open();
        return connection.Query(sql, r => (r.GetString(0), Convert.ToDecimal(r.GetValue(1), CultureInfo.InvariantCulture)))
            .ToDictionary(p => p.Item1, p => p.Item2);
    }
}
