using Dashboard.Data.Import;
using Dashboard.Data.Storage;
using Dashboard.Data.TheoryOfChange;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Export;

/// <summary>
/// A small installation (the standard stores, a year of trajectories and sales) whose names hold characters an import
/// refuses now: store AAN and its restaurant a bell (U+0007, which XML cannot hold), their organisation a right-to-left
/// override (U+202E, which reverses what follows it) — written straight into the database, as they were stored before.
/// The restaurant's impact goal, saved before the form refused them, has a line break and a bell too.
/// </summary>
public sealed class ControlCharacterNames : IDisposable
{
    public const string Store = "Aan de Maas Venlo\u0007";
    public const string Practice = "Restaurant\u0007 De Pan";
    public const string Organisation = "Kringloop \u202EAan de Maas";
    public const string ImpactGoal = "Werk voor wie\nhet zwaar heeft\u0007.";

    public ControlCharacterNames()
    {
        Installation = new TestInstallation().WithStandardStores();
        var people = new List<TrajectoryRow>();
        foreach (var (store, practice, count) in new[] { ("AAN", "REST", 14), ("AAN", "WINKEL", 9), ("BLE", "FIETS", 7), ("ZWO", "WINKEL", 8), ("ZWO", "TEXT", 6) })
        {
            for (var n = 0; n < count; n++)
            {
                var row = TrajectoryRow.Number(people.Count + 1) with { Store = store, Practice = practice, Start = $"{n % 9 + 1:00}-01-2025" };
                people.Add(n % 3 == 0 ? row.Ended($"{n % 9 + 1:00}-10-2025", n % 2 == 0 ? "betaald_werk" : "opleiding") : row);
            }
        }
        Installation.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(people));
        var sales = SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))
            .Concat(SaleRow.Days("ZWO", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), variant: 1));
        Installation.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(sales));

        using var connection = Installation.Database.Open();
        connection.Execute("UPDATE stores SET name = $name WHERE code = 'AAN'", null, ("$name", Store));
        connection.Execute("UPDATE organisations SET name = $name WHERE name = $old", null, ("$name", Organisation), ("$old", StandardStores.AanDeMaas));
        connection.Execute("UPDATE practices SET name = $name WHERE code = 'REST'", null, ("$name", Practice));
        var restaurant = connection.Scalar<long>("SELECT id FROM practices WHERE code = 'REST'");
        new TheoryOfChangeStore(Installation.Database).Save(new PracticeTheoryOfChange(restaurant, ImpactGoal, ["arbeidsbeperking"], [], [], [], [], ""));
    }

    public TestInstallation Installation { get; }

    public void Dispose() => Installation.Dispose();
}
