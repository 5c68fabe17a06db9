using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Storage;

/// <summary>What a user would compare after a restore: every exact figure of the sector from 2023 to today, as "code: value (status)".</summary>
public static class AllFigures
{
    public static List<string> Of(Database database)
    {
        var service = new IndicatorService(new SnapshotCache(database), new SettingsStore(database));
        var filter = FilterResolver.Resolve(new NamedFilter(), new Period(new DateOnly(2023, 1, 1), TestInstallation.Today), service.Snapshot.Practices);
        var table = service.Calculate(filter, null, ViewerProfile.Exact);
        return [.. IndicatorCatalogue.All.Select(i => table.Total[i.Code]).Select(f => $"{f.Code}: {f.Value} ({f.Status}, {f.SourceRows} rijen)")];
    }
}
