using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.SocialValue;

/// <summary>
/// A saved value map counts in the very next figures (docs/maatschappelijke-waarde.md#waardekaart), though the
/// indicators keep their tables and settings cached: the save raises the settings' counter.
/// </summary>
public sealed class ValueMapChangesTheFiguresTests : IDisposable
{
    private TestInstallation _install = null!;
    private IndicatorService _service = null!;
    private ValueMapService _map = null!;

    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider).WithStandardStores();
        _service = new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));
        _map = new ValueMapService(new ValueMapStore(_install.Database), new AuditLog(_install.Database, _install.Clock), _install.Clock);
        // Six people ended in paid work on 30 June 2025: P4 = 6, nothing else is valued.
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv",
            TrajectoryRow.File(Enumerable.Range(1, 6).Select(n => TrajectoryRow.Number(n).Ended("30-06-2025"))));
    }

    private decimal? Total(IndicatorCode code) =>
        _service.Calculate(new IndicatorFilter(Period.Year(2025)), null, ViewerProfile.Exact).Total[code].Value;

    private long SettingsCounter()
    {
        using var connection = _install.Database.Open();
        return DataVersion.Read(connection, null, DataVersion.Settings);
    }

    private static ValueMapRow Work(decimal proxy, decimal deadweight = 0m) =>
        new("WERK", "Uitstroom naar betaald werk", "Gemeente", IndicatorCode.P4, proxy, "CBS 2024", deadweight, 0m, 0m, 0m, 1, []);

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_saved_value_map_changes_the_social_value_at_once(DatabaseProvider provider)
    {
        Install(provider);
        // The example map: 6 × (14.000 + 3.500) for the two rows on P4 (docs/maatschappelijke-waarde.md#voorbeeldkaart).
        Assert.Equal(6m, Total(IndicatorCode.P4));
        Assert.Equal(105_000m, Total(IndicatorCode.W4));
        var counter = SettingsCounter();

        var saved = _map.Save(Actor.CommandLine, [Work(1_000m, deadweight: 20m)], 0m, "geen disconto", basedOn: _map.Load().Version);

        Assert.True(SettingsCounter() > counter, "saving the map raises the settings' counter");
        Assert.Equal(6_000m, Total(IndicatorCode.W4));                  // 6 × 1.000
        Assert.Equal(4_800m, Total(IndicatorCode.W1));                  // × 0,8, one year, not discounted

        _map.Save(Actor.CommandLine, [Work(1_000m, deadweight: 20m)], 5m, "eigen keuze", basedOn: saved.Version);

        Assert.Equal(4_800m / 1.05m, Total(IndicatorCode.W1));          // the first year discounted at the new rate
        Assert.Equal(6_000m, Total(IndicatorCode.W4));
    }

    public void Dispose() => _install?.Dispose();
}
