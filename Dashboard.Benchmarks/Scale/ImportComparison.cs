namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// docs/prestaties.md#prestatie-eisen's import target: the product's import of the sample as a whole process into a database holding only the stores,
/// against sqlite3's `.import` of the same file into a plain table; runs alternate so that load from other work on the
/// machine falls on both.
/// </summary>
public sealed record ImportComparison(Timings Product, Timings Floor, IReadOnlyList<long> PeakBytes, string ProductOutput)
{
    public double Ratio => Product.Median / Floor.Median;

    public long PeakMax => PeakBytes.Max();

    public static ImportComparison? Run(ProductCommand product, string? sqlite3, string storesOnly, string sample, string work, int runs,
        Action<string> log)
    {
        var productMs = new List<double>();
        var floorMs = new List<double>();
        var peaks = new List<long>();
        var output = "";
        var database = Path.Combine(work, "import-product.db");
        var floorDatabase = Path.Combine(work, "import-floor.db");
        for (var i = 1; i <= runs; i++)
        {
            DatabaseFiles.Copy(storesOnly, database);
            var run = product.Import("verkopen", sample, database);
            productMs.Add(run.Milliseconds);
            peaks.Add(run.PeakBytes);
            output = run.Output.Trim();
            log($"  product import run {i}: {run.Milliseconds / 1000:0.00} s, peak {run.PeakBytes / 1048576.0:0} MB");
            if (sqlite3 is not null)
            {
                var floor = Sqlite3Tool.Import(sqlite3, sample, floorDatabase);
                floorMs.Add(floor.Milliseconds);
                log($"  sqlite3 .import run {i}: {floor.Milliseconds / 1000:0.00} s");
            }
        }
        DatabaseFiles.Delete(database);
        DatabaseFiles.Delete(floorDatabase);
        return sqlite3 is null
            ? new ImportComparison(new Timings("product import", productMs), new Timings("sqlite3 .import", [double.NaN]), peaks, output)
            : new ImportComparison(new Timings("product import", productMs), new Timings("sqlite3 .import", floorMs), peaks, output);
    }
}
