namespace Dashboard.Benchmarks.Scale;

/// <summary>A SQLite database is its file plus, in WAL mode, the -wal and -shm files beside it.</summary>
public static class DatabaseFiles
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    public static void Delete(string database)
    {
        foreach (var suffix in Suffixes)
        {
            File.Delete(database + suffix);
        }
    }

    public static void Copy(string from, string to)
    {
        Delete(to);
        foreach (var suffix in Suffixes.Where(s => File.Exists(from + s)))
        {
            File.Copy(from + suffix, to + suffix);
        }
    }

    public static long Size(string database) => Suffixes.Where(s => File.Exists(database + s)).Sum(s => new FileInfo(database + s).Length);
}
