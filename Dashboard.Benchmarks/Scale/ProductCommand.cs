namespace Dashboard.Benchmarks.Scale;

/// <summary>The product's command line, run as a user runs it: a whole process, start-up included.</summary>
public sealed class ProductCommand(string executable)
{
    /// <summary>Imports a file into the database (a file, or a PostgreSQL connection string), started in <paramref name="workingDirectory"/>.</summary>
    public ProcessRun Import(string kind, string file, string database, string? workingDirectory = null)
    {
        var run = ProcessRun.Start(executable, ["import", kind, file, "--db", database], workingDirectory: workingDirectory);
        return run.ExitCode == 0
            ? run
            : throw new InvalidOperationException($"import {kind} {Path.GetFileName(file)} failed (exit {run.ExitCode}):\n{run.Output}");
    }
}
