namespace Dashboard.Tests.Deployment;

/// <summary>
/// What deploy/impactdashboard.service tells systemd to run: the working folder, the command and its environment.
/// There is no systemd in CI, so the deployment test starts the same command with the same values itself.
/// </summary>
public sealed record SystemdUnit(string WorkingDirectory, IReadOnlyList<string> ExecStart, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Reads the unit's [Service] values after <paramref name="replace"/> moved its paths and ports to the test's.</summary>
    public static SystemdUnit Read(string path, Func<string, string> replace)
    {
        string? workingDirectory = null;
        string[]? execStart = null;
        var environment = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(path).Select(l => replace(l.Trim())))
        {
            if (line.StartsWith("WorkingDirectory=", StringComparison.Ordinal))
            {
                workingDirectory = line["WorkingDirectory=".Length..];
            }
            else if (line.StartsWith("ExecStart=", StringComparison.Ordinal))
            {
                execStart = line["ExecStart=".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            else if (line.StartsWith("Environment=", StringComparison.Ordinal))
            {
                // systemd's quoting: Environment="KEY=a value with spaces"
                var assignment = line["Environment=".Length..].Trim('"');
                var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                environment[assignment[..equals]] = assignment[(equals + 1)..];
            }
        }
        return new SystemdUnit(
            workingDirectory ?? throw new InvalidDataException($"{path} has no WorkingDirectory="),
            execStart ?? throw new InvalidDataException($"{path} has no ExecStart="),
            environment);
    }
}
