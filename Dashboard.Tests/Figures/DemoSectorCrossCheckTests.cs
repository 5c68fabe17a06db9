using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Figures;

/// <summary>
/// The engine against an independent reading of docs/indicatoren.md in plain SQL over the raw tables of the whole demo
/// sector: two implementations that must agree to the cent and the hour, per store and in total.
/// </summary>
public sealed class DemoSectorCrossCheckTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private const string Active = "t.start_date <= $to AND (t.end_date IS NULL OR t.end_date >= $from)";

    private static readonly (string From, string To)[] Periods =
    [
        ("2025-01-01", "2025-12-31"),
        ("2024-03-15", "2024-11-10"),
        ("2026-10-01", "2026-10-31"),
    ];

    private Dictionary<string, decimal> BySql(string sql, string from, string to)
    {
        using var connection = demo.Installation.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        DbExtensions.Set(command, ("$from", from));
        DbExtensions.Set(command, ("$to", to));
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, decimal>();
        while (reader.Read())
        {
            values[reader.GetString(0)] = reader.IsDBNull(1) ? 0m : Convert.ToDecimal(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        return values;
    }

    private static string PerStore(string select, string from, string where) =>
        $"SELECT s.code, {select} FROM stores s JOIN practices p ON p.store_id = s.id {from} WHERE {where} GROUP BY s.code";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, to) in Periods)
        {
            data.Add(from, to);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_store_agrees_with_plain_sql(string from, string to)
    {
        var db = demo.Installation.Database;
        var service = new IndicatorService(new SnapshotCache(db), new SettingsStore(db));
        var table = service.Calculate(new IndicatorFilter(new Period(DateOnly.Parse(from), DateOnly.Parse(to))), Dimension.Store, ViewerProfile.Exact);
        const string trajectories = "JOIN trajectories t ON t.practice_id = p.id";

        var expected = new Dictionary<IndicatorCode, Dictionary<string, decimal>>
        {
            [IndicatorCode.P1] = BySql(PerStore("COUNT(DISTINCT t.organisation_id || '/' || t.participant)", trajectories, Active), from, to),
            [IndicatorCode.P2] = BySql(PerStore("COUNT(*)", trajectories, "t.start_date BETWEEN $from AND $to"), from, to),
            [IndicatorCode.P3] = BySql(PerStore("COUNT(*)", trajectories, "t.end_date BETWEEN $from AND $to"), from, to),
            [IndicatorCode.P4] = BySql(PerStore("COUNT(*)", trajectories,
                "t.end_date BETWEEN $from AND $to AND t.outcome IN ('betaald_werk', 'betaald_werk_intern')"), from, to),
            [IndicatorCode.P8] = BySql(PerStore(
                "SUM(t.hours_per_week * (julianday(MIN(COALESCE(t.end_date, $to), $to)) - julianday(MAX(t.start_date, $from)) + 1)) / 7.0",
                trajectories, Active), from, to),
            [IndicatorCode.P9] = BySql(PerStore("COUNT(*)", "JOIN certificates c ON c.practice_id = p.id", "c.certificate_date BETWEEN $from AND $to"), from, to),
            [IndicatorCode.E1] = BySql(PerStore("SUM(x.revenue_cents) / 100.0", "JOIN sales x ON x.practice_id = p.id", "x.sale_date BETWEEN $from AND $to"), from, to),
            [IndicatorCode.M1] = BySql(PerStore("SUM(x.items)", "JOIN sales x ON x.practice_id = p.id",
                "x.sale_date BETWEEN $from AND $to AND x.category <> 'horeca'"), from, to),
        };

        foreach (var (code, perStore) in expected)
        {
            foreach (var group in table.Groups)
            {
                var engine = group[code].Value!.Value;
                var sql = perStore.GetValueOrDefault(group.Key);
                Assert.True(Math.Abs(engine - sql) < 0.000001m, $"{code} for {group.Key} in {from}..{to}: engine {engine}, SQL {sql}");
            }
            Assert.Equal(perStore.Values.Sum(), table.Groups.Sum(g => g[code].Value!.Value), 6);
        }
    }
}
