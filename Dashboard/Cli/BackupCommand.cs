using Dashboard.Data.Administration;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Hosting;

namespace Dashboard.Cli;

/// <summary>
/// `backup --out &lt;map&gt;` while the server runs, `restore --from &lt;map&gt;` with the server stopped: thin wrappers
/// around <see cref="BackupService"/> (which audits) that print one summary, and exit 1 with the reason when it was refused.
/// On PostgreSQL they print the pg_dump or pg_restore lines to run instead, and exit 1 (<see cref="PostgreSqlBackup"/>).
/// </summary>
public static class BackupCommand
{
    public static int Backup(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--out", "--db" }, new HashSet<string>());
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException($"Onverwacht argument '{arguments.Positional[0]}'.");
        }
        var folder = Path.GetFullPath(arguments.Option("--out") ?? throw new UsageException("backup heeft --out <map> nodig."));
        var paths = InstallationPaths.From(CommandLine.Configuration(), arguments.Option("--db"));
        if (paths.PostgreSql is { } postgreSql)
        {
            PostgreSqlBackup.BackupAdvice(postgreSql, folder, paths.KeyFile).ToList().ForEach(error.WriteLine);
            return 1;
        }
        using var core = CommandLine.Core(paths, clock, ImportLimits.Default);
        BackupManifest manifest;
        try
        {
            manifest = core.GetRequiredService<BackupService>().Backup(Actor.CommandLine, folder);
        }
        catch (BackupRefusedException refused)
        {
            error.WriteLine(refused.Message);
            return 1;
        }
        output.WriteLine($"Back-up geschreven in {folder}: {BackupService.Summary(manifest)}.");
        return 0;
    }

    public static int Restore(string[] args, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var arguments = CliArguments.Parse(args, new HashSet<string> { "--from", "--db" }, new HashSet<string>());
        if (arguments.Positional.Count != 0)
        {
            throw new UsageException($"Onverwacht argument '{arguments.Positional[0]}'.");
        }
        var folder = Path.GetFullPath(arguments.Option("--from") ?? throw new UsageException("restore heeft --from <map> nodig."));
        var paths = InstallationPaths.From(CommandLine.Configuration(), arguments.Option("--db"));
        if (paths.PostgreSql is { } postgreSql)
        {
            PostgreSqlBackup.RestoreAdvice(postgreSql, folder, paths.KeyFile, clock.GetLocalNow()).ToList().ForEach(error.WriteLine);
            return 1;
        }
        using var core = CommandLine.Core(paths, clock, ImportLimits.Default);
        var service = core.GetRequiredService<BackupService>();
        RestoreOutcome outcome;
        try
        {
            outcome = service.Restore(Actor.CommandLine, folder);
        }
        catch (BackupRefusedException refused)
        {
            error.WriteLine(refused.Message);
            error.WriteLine("Er is niets veranderd.");
            return 1;
        }
        var (made, migrated, replaced) = service.Describe(outcome);
        output.WriteLine($"De back-up van {made} is teruggezet{migrated}; {replaced}.");
        output.WriteLine("Start de server nu (opnieuw).");
        return 0;
    }
}
