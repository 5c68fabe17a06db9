using System.Globalization;
using Dashboard.Data.Storage;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The whole generated sector imported file by file with the product's command line, as an installation would receive it.
/// Kept in the work folder and reused while the scale, the seed and the schema version are the same (or rebuilt with --reimport).
/// </summary>
public sealed record SectorDatabase(string Path, IReadOnlyList<(string File, double Seconds, long PeakBytes)> Imports, bool Reused, long Bytes)
{
    public static SectorDatabase Prepare(DataSet data, ProductCommand product, string work, bool reimport, Action<string> log)
    {
        var path = System.IO.Path.Combine(work, "sector.db");
        var marker = path + ".imported.txt";
        var key = $"{System.IO.Path.GetFileName(data.Folder)} schema {Database.SchemaVersion}";
        if (!reimport && File.Exists(marker) && File.ReadLines(marker).FirstOrDefault() == key)
        {
            log($"reusing the imported sector in {path}");
            var earlier = File.ReadLines(marker).Skip(1).Select(line => line.Split('\t'))
                .Select(p => (p[0], double.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture))).ToList();
            return new SectorDatabase(path, earlier, true, DatabaseFiles.Size(path));
        }
        File.Delete(marker);
        DatabaseFiles.Delete(path);
        var imports = new List<(string, double, long)>();
        foreach (var (kind, file) in new[] { ("winkels", data.Stores), ("deelnemers", data.Trajectories), ("certificaten", data.Certificates) }
                     .Concat(data.SalesFiles.Select(f => ("verkopen", f))))
        {
            var run = product.Import(kind, file, path);
            imports.Add((System.IO.Path.GetFileName(file), run.Milliseconds / 1000, run.PeakBytes));
            log($"  import {kind} {System.IO.Path.GetFileName(file)}: {run.Milliseconds / 1000:0.0} s, peak {run.PeakBytes / 1048576.0:0} MB — {run.Output.Trim()}");
        }
        File.WriteAllLines(marker, [key, .. imports.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Item1}\t{i.Item2}\t{i.Item3}"))]);
        return new SectorDatabase(path, imports, false, DatabaseFiles.Size(path));
    }

    public (long Sales, long Trajectories, long Stores, long Practices) Counts()
    {
        using var connection = new Database(Path).Open();
        return (connection.Scalar<long>("SELECT COUNT(*) FROM sales"), connection.Scalar<long>("SELECT COUNT(*) FROM trajectories"),
            connection.Scalar<long>("SELECT COUNT(*) FROM stores"), connection.Scalar<long>("SELECT COUNT(*) FROM practices"));
    }
}
