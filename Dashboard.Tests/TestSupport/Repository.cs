namespace Dashboard.Tests.TestSupport;

/// <summary>The checkout the tests run from: its root, seed-data and test fixtures.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string Fixture(string name) => Path.Combine(Root, "Dashboard.Tests", "Imports", "Fixtures", name);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ImpactDashboard.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"no ImpactDashboard.sln above {AppContext.BaseDirectory}");
    }
}
