using System.Globalization;
using System.Text.Json.Serialization;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Benchmarks.Scale;

/// <summary>What a generated data set holds, counted in its files as the import will read them.</summary>
public sealed record DataSetContents(int Stores, IReadOnlyList<DataFile> Files)
{
    [JsonIgnore]
    public long Practices => File("winkels.csv").Rows;

    [JsonIgnore]
    public long Trajectories => File("deelnemers.csv").Rows;

    [JsonIgnore]
    public long Certificates => File("certificaten.xlsx").Rows;

    [JsonIgnore]
    public long SalesRows => Files.Where(f => f.Name.StartsWith("verkopen-", StringComparison.Ordinal)).Sum(f => f.Rows);

    [JsonIgnore]
    public long Bytes => Files.Sum(f => f.Bytes);

    /// <summary>"252 stores, 910 practices, 10,279,412 sales rows, 208,765 trajectories, 101,234 certificates".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Stores:N0} stores, {Practices:N0} practices, {SalesRows:N0} sales rows, {Trajectories:N0} trajectories, {Certificates:N0} certificates");

    /// <summary>Counts the files of <paramref name="paths"/>: stores and practices in winkels, rows in the others.</summary>
    public static DataSetContents Count(IReadOnlyList<string> paths)
    {
        var stores = 0;
        var files = new List<DataFile>();
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            long rows;
            if (name == "winkels.csv")
            {
                (stores, rows) = CountStores(path);
            }
            else if (name.EndsWith(".xlsx", StringComparison.Ordinal))
            {
                rows = CountRows(new XlsxRowSource(path, ImportLimits.Default));
            }
            else
            {
                rows = CountLines(path) - 1;
            }
            files.Add(new DataFile(name, rows, new FileInfo(path).Length));
        }
        return new DataSetContents(stores, files);
    }

    private DataFile File(string name) => Files.Single(f => f.Name == name);

    private static (int Stores, long Practices) CountStores(string path)
    {
        using var source = new CsvRowSource(path, FileInspector.Windows1252, ImportLimits.Default);
        var column = source.Headers.ToList().IndexOf("winkel");
        var stores = new HashSet<string>(StringComparer.Ordinal);
        long practices = 0;
        while (source.Read())
        {
            stores.Add(source[column].Text);
            practices++;
        }
        return (stores.Count, practices);
    }

    private static long CountRows(IRowSource source)
    {
        using (source)
        {
            long rows = 0;
            while (source.Read())
            {
                rows++;
            }
            return rows;
        }
    }

    /// <summary>Line ends, byte by byte: a sales file of the sector is too large to parse only to be counted (no field holds a line break).</summary>
    private static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return lines;
    }
}
