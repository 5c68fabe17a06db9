using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Exports.Sector;

/// <summary>
/// An installation of ten organisations that take part, each with one store and one restaurant, and distinctive outflow to
/// paid work in 2025 (P4R, every count at least 5, so no figure is hidden): <see cref="Own"/> 7 of 12 (58,3%; perturbed for a
/// protected viewer), and nine
/// others "Geheime Kringloop …" whose names and values must never show in anything made for <see cref="Own"/>.
/// </summary>
public sealed class SectorInstallation : IDisposable
{
    public const string Own = "Kringloop Eigen Koers";
    public const string OwnStore = "EIG";
    public const string OthersPrefix = "Geheime Kringloop";

    /// <summary>Paid work of ended trajectories per organisation, the own one first: values no one would type by chance.</summary>
    public static readonly (int PaidWork, int Ended)[] Outflow = [(7, 12), (5, 13), (6, 11), (7, 19), (8, 17), (9, 14), (10, 23), (11, 16), (12, 29), (13, 21)];

    private static readonly string[] Greek = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"];

    public static string Name(int organisation) => organisation == 0 ? Own : $"{OthersPrefix} {Greek[organisation - 1]}";

    public static string Practice(int organisation) => organisation == 0 ? "Restaurant Eigen Koers" : $"Restaurant {Greek[organisation - 1]}";

    public static string Store(int organisation) => organisation == 0 ? OwnStore : $"G{organisation:00}";

    public SectorInstallation() : this(Outflow.Length - 1)
    {
    }

    /// <summary>With only the first <paramref name="takingPart"/> others taking part (the rest imported, but not switched on).</summary>
    public static SectorInstallation WithOthersTakingPart(int takingPart) => new(takingPart);

    private SectorInstallation(int takingPart)
    {
        Installation = new TestInstallation(new FixedClock(2026, 11, 15));
        var stores = Enumerable.Range(0, Outflow.Length)
            .Select(o => $"{Name(o)};{Store(o)};{Name(o)} Centrum;Plaats {o};REST;{Practice(o)};horeca;");
        Installation.ImportOk(ImportKind.Winkels, "winkels.csv", StandardStores.Header + "\n" + string.Join("\n", stores));
        var rows = Enumerable.Range(0, Outflow.Length).SelectMany(o => Enumerable.Range(1, Outflow[o].Ended).Select(n =>
            new TrajectoryRow { Participant = $"{Store(o)}-{n:000}", Store = Store(o), Practice = "REST", Start = "01-02-2025" }
                .Ended("15-10-2025", n <= Outflow[o].PaidWork ? "betaald_werk" : "opleiding")));
        Installation.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(rows));
        using (var connection = Installation.Database.Open())
        {
            // An organisation created by an import does not take part until switched on (docs/sector.md#deelname).
            foreach (var o in Enumerable.Range(0, takingPart + 1))
            {
                connection.Execute("UPDATE organisations SET takes_part = @yes WHERE name = @name", null, ("@yes", true), ("@name", Name(o)));
            }
        }
        Indicators = new IndicatorService(new SnapshotCache(Installation.Database), new SettingsStore(Installation.Database));
    }

    public TestInstallation Installation { get; }

    public IndicatorService Indicators { get; }

    public static Period Year => Period.Year(2025);

    /// <summary>The own organisation's position for P4R in 2025 as a protected viewer sees it, optionally of one kind.</summary>
    public Dashboard.Data.Figures.Sector.SectorPosition Position(string? kind = null) =>
        new Dashboard.Data.Figures.Sector.SectorComparisons(Indicators).Position(OwnId, IndicatorCode.P4R, Year, kind, ViewerProfile.Protected);

    public long OwnId => Indicators.Snapshot.Practices.First(p => p.OrganisationName == Own).OrganisationId;

    /// <summary>Every other organisation's P4R for 2025, exact and as a protected viewer sees it.</summary>
    public IReadOnlyList<decimal> OthersValues()
    {
        var filter = new IndicatorFilter(Year);
        return new[] { ViewerProfile.Exact, ViewerProfile.Protected }
            .SelectMany(profile => Indicators.Calculate(filter, Dimension.Organisation, profile).Groups)
            .Where(g => g.Key != Own && g[IndicatorCode.P4R].HasValue)
            .Select(g => g[IndicatorCode.P4R].Value!.Value)
            .ToList();
    }

    public void Dispose() => Installation.Dispose();
}
