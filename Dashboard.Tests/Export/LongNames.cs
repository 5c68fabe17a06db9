using Dashboard.Data.Import;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Export;

/// <summary>
/// A small installation (the standard stores, a year of trajectories and sales) whose names were stored before there
/// were length limits: store AAN, its organisation and its restaurant each have a name of 10,000 characters — a few
/// words and then one unbroken run — written straight into the database, since an import would refuse them now.
/// </summary>
public sealed class LongNames : IDisposable
{
    public const int Length = 10_000;

    public static readonly string Store = Name("Aan de Maas Centrum");
    public static readonly string Organisation = Name("Kringloop Aan de Maas");
    public static readonly string Practice = Name("Restaurant De Pan");

    public LongNames()
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
    }

    public TestInstallation Installation { get; }

    /// <summary>The beginning a reader recognises, then one word running on to <see cref="Length"/> characters.</summary>
    private static string Name(string start) => (start + " " + string.Concat(Enumerable.Repeat("Kringloop", Length / 9 + 1)))[..Length];

    public void Dispose() => Installation.Dispose();
}
