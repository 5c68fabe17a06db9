namespace Dashboard.Benchmarks.Scale;

/// <summary>The product's Release executable, built from this clone so the import runs the code under test.</summary>
public static class ProductExecutable
{
    public static string Locate(bool skipBuild, Action<string> log)
    {
        var project = Path.Combine(Repository.Root, "Dashboard", "Dashboard.csproj");
        var executable = Path.Combine(Repository.Root, "Dashboard", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "Dashboard.exe" : "Dashboard");
        if (!skipBuild)
        {
            log("dotnet build -c Release Dashboard …");
            var build = ProcessRun.Start("dotnet", ["build", "-c", "Release", project, "-v", "q", "-nologo"]);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException("building the product failed:\n" + build.Output);
            }
        }
        return File.Exists(executable)
            ? executable
            : throw new FileNotFoundException($"no Release build at {executable}; run without --no-build");
    }
}
