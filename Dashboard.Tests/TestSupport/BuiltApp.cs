using System.Reflection;

namespace Dashboard.Tests.TestSupport;

/// <summary>The app as the tests' build produced it, to start as a child process the way an operator does.</summary>
public static class BuiltApp
{
    /// <summary>Dashboard/bin/&lt;Configuration&gt;/&lt;framework&gt;/Dashboard.dll, in the configuration and framework the tests were built in.</summary>
    public static string Dll
    {
        get
        {
            var configuration = typeof(BuiltApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
            var dll = Path.Combine(Repository.Root, "Dashboard", "bin", configuration, framework, "Dashboard.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException($"The app is not built at {dll}: build the solution first.", dll);
        }
    }

    /// <summary>The dotnet that runs the tests (the CLI tells its children where it is), else the one on PATH.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
