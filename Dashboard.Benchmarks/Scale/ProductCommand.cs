namespace Dashboard.Benchmarks.Scale;

/// <summary>The product's command line, run as a user runs it: a whole process, start-up included.</summary>
public sealed class ProductCommand(string executable)
{
    public ProcessRun Import(string kind, string file, string database)
    {
        var run = ProcessRun.Start(executable, ["import", kind, file, "--db", database]);
        return run.ExitCode == 0
            ? run
            : throw new InvalidOperationException($"import {kind} {Path.GetFileName(file)} failed (exit {run.ExitCode}):\n{run.Output}");
    }
}
