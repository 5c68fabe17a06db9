namespace Dashboard.Benchmarks.Scale;

/// <summary>The clone the benchmark runs in, found from the benchmark's own binaries.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ImpactDashboard.sln")))
            {
                return folder.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
