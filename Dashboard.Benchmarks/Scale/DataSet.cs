using System.Globalization;
using Dashboard.Data.Demo;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The generated sector in the work folder, one subfolder per scale and seed, generated once and reused
/// (a marker file is written last, so an interrupted generation is redone).
/// </summary>
public sealed class DataSet
{
    private DataSet(string folder, double generatedSeconds, bool reused)
    {
        Folder = folder;
        GeneratedSeconds = generatedSeconds;
        Reused = reused;
    }

    public string Folder { get; }
    public double GeneratedSeconds { get; }
    public bool Reused { get; }

    public string Stores => Path.Combine(Folder, "winkels.csv");
    public string Trajectories => Path.Combine(Folder, "deelnemers.csv");
    public string Certificates => Path.Combine(Folder, "certificaten.xlsx");
    public IReadOnlyList<string> SalesFiles => Directory.GetFiles(Folder, "verkopen-*.csv").Order(StringComparer.Ordinal).ToList();

    public static DataSet Prepare(string workFolder, int scale, int seed, Action<string> log)
    {
        var folder = Path.Combine(workFolder, $"sector-scale{scale}-seed{seed}");
        var marker = Path.Combine(folder, "generated.txt");
        if (File.Exists(marker))
        {
            log($"reusing the generated sector in {folder}");
            return new DataSet(folder, double.Parse(File.ReadAllText(marker), CultureInfo.InvariantCulture), reused: true);
        }
        log($"generating the sector at scale {scale} into {folder} …");
        var ms = Timings.Time(() => DemoSectorGenerator.Write(folder, scale, seed));
        File.WriteAllText(marker, (ms / 1000).ToString("0.0", CultureInfo.InvariantCulture));
        return new DataSet(folder, ms / 1000, reused: false);
    }

    /// <summary>
    /// The first <paramref name="rows"/> data rows of the 2025 sales file (';'-separated, decimal comma, no thousands
    /// separator, no quotes), so that the product and sqlite3 read the very same bytes.
    /// </summary>
    public string SalesSample(int rows)
    {
        var path = Path.Combine(Folder, $"sample-{rows}.csv");
        if (File.Exists(path))
        {
            return path;
        }
        var source = SalesFiles.Single(f => f.EndsWith("verkopen-2025.csv", StringComparison.Ordinal));
        var partial = path + ".part";
        // Byte for byte (the file is Windows-1252): the header and the first rows, up to and including their line ends.
        using (var input = new BufferedStream(File.OpenRead(source), 1 << 16))
        using (var output = new BufferedStream(File.Create(partial), 1 << 16))
        {
            var lines = 0;
            int b;
            while (lines <= rows && (b = input.ReadByte()) >= 0)
            {
                output.WriteByte((byte)b);
                if (b == '\n')
                {
                    lines++;
                }
            }
        }
        File.Move(partial, path);
        return path;
    }

    public static int CountRows(string csv) => File.ReadLines(csv).Count() - 1;
}
