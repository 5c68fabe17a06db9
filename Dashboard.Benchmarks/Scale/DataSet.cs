using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Installation.Demo;

namespace Dashboard.Benchmarks.Scale;

/// <summary>
/// The generated sector in the work folder, one subfolder per scale, density and seed, generated once and reused
/// (a marker file is written last, so an interrupted generation is redone), with what its files hold.
/// </summary>
public sealed class DataSet
{
    private DataSet(string folder, double generatedSeconds, bool reused, DataSetContents contents)
    {
        Folder = folder;
        GeneratedSeconds = generatedSeconds;
        Reused = reused;
        Contents = contents;
    }

    public string Folder { get; }
    public double GeneratedSeconds { get; }
    public bool Reused { get; }
    public DataSetContents Contents { get; }

    public string Stores => Path.Combine(Folder, "winkels.csv");
    public string Trajectories => Path.Combine(Folder, "deelnemers.csv");
    public string Certificates => Path.Combine(Folder, "certificaten.xlsx");
    public IReadOnlyList<string> SalesFiles => Directory.GetFiles(Folder, "verkopen-*.csv").Order(StringComparer.Ordinal).ToList();

    public static DataSet Prepare(string workFolder, int scale, DemoDensity density, int seed, Action<string> log)
    {
        var folder = Path.Combine(workFolder, $"sector-scale{scale}-density{density}-seed{seed}");
        var contentsFile = Path.Combine(folder, "contents.json");
        var marker = Path.Combine(folder, "generated.txt");
        if (File.Exists(marker))
        {
            log($"reusing the generated sector in {folder}");
            return new DataSet(folder, double.Parse(File.ReadAllText(marker), CultureInfo.InvariantCulture), reused: true,
                JsonSerializer.Deserialize<DataSetContents>(File.ReadAllText(contentsFile))!);
        }
        log($"generating the sector at scale {scale}, density {density} (till reports a day x places), seed {seed} into {folder} …");
        IReadOnlyList<string> paths = [];
        var ms = Timings.Time(() => paths = DemoSectorGenerator.Write(folder, scale, seed, density));
        log($"  generated in {ms / 1000:0.0} s; counting what the files hold …");
        var contents = DataSetContents.Count(paths);
        File.WriteAllText(contentsFile, JsonSerializer.Serialize(contents));
        File.WriteAllText(marker, (ms / 1000).ToString("0.0", CultureInfo.InvariantCulture));
        return new DataSet(folder, ms / 1000, reused: false, contents);
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
