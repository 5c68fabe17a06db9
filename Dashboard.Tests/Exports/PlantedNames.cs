using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Exports;

/// <summary>
/// A small installation (the standard stores, a year of trajectories and sales) whose store AAN, its organisation and
/// its restaurant have names an import refuses now — written straight into the database, as if stored before the rule
/// came. Every export must still be made, whole and in bounded time (<see cref="LongNames"/>, <see cref="ControlCharacterNames"/>).
/// </summary>
public abstract class PlantedNames : IDisposable
{
    protected PlantedNames(string store, string organisation, string practice)
    {
        Installation = new TestInstallation().WithStandardStores();
        var people = new List<TrajectoryRow>();
        foreach (var (code, practiceCode, count) in new[] { ("AAN", "REST", 14), ("AAN", "WINKEL", 9), ("BLE", "FIETS", 7), ("ZWO", "WINKEL", 8), ("ZWO", "TEXT", 6) })
        {
            for (var n = 0; n < count; n++)
            {
                var row = TrajectoryRow.Number(people.Count + 1) with { Store = code, Practice = practiceCode, Start = $"{n % 9 + 1:00}-01-2025" };
                people.Add(n % 3 == 0 ? row.Ended($"{n % 9 + 1:00}-10-2025", n % 2 == 0 ? "betaald_werk" : "opleiding") : row);
            }
        }
        Installation.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(people));
        var sales = SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))
            .Concat(SaleRow.Days("ZWO", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), variant: 1));
        Installation.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(sales));

        using var connection = Installation.Database.Open();
        connection.Execute("UPDATE stores SET name = $name WHERE code = 'AAN'", null, ("$name", store));
        connection.Execute("UPDATE organisations SET name = $name WHERE name = $old", null, ("$name", organisation), ("$old", StandardStores.AanDeMaas));
        connection.Execute("UPDATE practices SET name = $name WHERE code = 'REST'", null, ("$name", practice));
    }

    public TestInstallation Installation { get; }

    public void Dispose() => Installation.Dispose();
}
