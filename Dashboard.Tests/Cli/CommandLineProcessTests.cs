using System.Diagnostics;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>
/// The built executable as a scheduled job runs it: a misspelt command must end with the usage and exit code 2 —
/// never start a web server on the default database in the current folder (which would hang the job).
/// </summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "impact-tests", Guid.NewGuid().ToString("N"));

    public CommandLineProcessTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_misspelt_command_exits_2_without_starting_anything()
    {
        var start = new ProcessStartInfo(BuiltApp.DotnetHost, [BuiltApp.Dll, "improt", "verkopen", "x.csv", "--db", "y.db"])
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();

        // A server would never exit by itself: the budget ends the test instead of hanging it.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(budget.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The command did not end: it started a server. " + await output);
        }

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Onbekende opdracht 'improt'", await error);
        Assert.Contains("Gebruik:", await error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task An_import_command_builds_the_core_and_loads_no_assembly_of_ASP_NET_Core()
    {
        using var install = new TestInstallation();
        var loaded = Path.Combine(_folder, "geladen.txt");

        await ChildProcess.Run(BuiltApp.DotnetHost, [BuiltApp.Dll, "import", "winkels", install.WriteFile("winkels.csv", StandardStores.File), "--db", install.Database.Path],
            _folder, TimeSpan.FromSeconds(60), new Dictionary<string, string>
            {
                ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
                [StartupHook.FileVariable] = loaded,
            });

        var assemblies = File.ReadAllLines(loaded);
        Assert.Contains("Dashboard.Data", assemblies);
        Assert.Contains("Microsoft.Extensions.DependencyInjection", assemblies);
        Assert.DoesNotContain(assemblies, a => a.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Equal(5, install.Count("practices"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
