namespace Dashboard.Benchmarks.Scale;

/// <summary>The sqlite3 command-line tool, the floor the import is measured against (docs/prestaties.md#prestatie-eisen).</summary>
public static class Sqlite3Tool
{
    public const string InstallHint = "sqlite3 is not installed: apt-get install -y sqlite3 (as root), then run again.";

    /// <summary>The tool's path; installed with apt-get when missing and running as root (as .ci/run installs chromium).</summary>
    public static string? Locate(Action<string> log)
    {
        if (Find() is { } found)
        {
            return found;
        }
        if (OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            log("installing sqlite3 with apt-get …");
            ProcessRun.Start("apt-get", ["update"]);
            ProcessRun.Start("env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "sqlite3"]);
            return Find();
        }
        log(InstallHint);
        return null;
    }

    private static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(folder => Path.Combine(folder, "sqlite3"))
        .FirstOrDefault(File.Exists);

    /// <summary>`.import` of the ';'-separated file into a new plain table (its columns from the header row) of a new database.</summary>
    public static ProcessRun Import(string sqlite3, string csv, string database)
    {
        DatabaseFiles.Delete(database);
        var commands = $".mode csv\n.separator ;\n.import '{csv.Replace("'", "''", StringComparison.Ordinal)}' sales\n";
        var run = ProcessRun.Start(sqlite3, [database], commands);
        return run.ExitCode == 0 && !run.Output.Contains("rror", StringComparison.Ordinal)
            ? run
            : throw new InvalidOperationException("sqlite3 .import failed: " + run.Output);
    }
}
