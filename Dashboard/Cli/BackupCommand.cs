using System.Globalization;
using Dashboard.Data.Audit;
using Dashboard.Data.Storage;
using Dashboard.Hosting;

namespace Dashboard.Cli;

/// <summary>
/// `backup --out &lt;map&gt;` while the server runs, `restore --from &lt;map&gt;` with the server stopped: thin wrappers
/// around <see cref="Backup"/> and <see cref="Restore"/> that print one summary, audit what was done, and exit 1 with
/// the reason when it was refused.
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
        BackupManifest manifest;
        try
        {
            manifest = Data.Storage.Backup.Create(paths.Files, folder, clock);
        }
        catch (BackupRefusedException refused)
        {
            Audit(paths.DatabaseFile, AuditAction.Reservekopie, folder, "geweigerd: " + refused.Message, clock);
            error.WriteLine(refused.Message);
            return 1;
        }
        var rows = manifest.RowCounts.Values.Sum();
        var summary = $"schemaversie {manifest.SchemaVersion}, {rows.ToString("N0", Dutch)} rijen in {manifest.RowCounts.Count} tabellen, " +
                      (manifest.HasKey ? "met het sleutelbestand" : "zonder sleutelbestand (er zijn nog geen deelnemers)") +
                      (manifest.HasCookieKeys ? " en de cookie-sleutels" : "");
        Audit(paths.DatabaseFile, AuditAction.Reservekopie, folder, "gelukt: " + summary, clock);
        output.WriteLine($"Back-up geschreven in {folder}: {summary}.");
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
        RestoreOutcome outcome;
        try
        {
            outcome = Data.Storage.Restore.Run(folder, paths.Files, clock);
        }
        catch (BackupRefusedException refused)
        {
            Audit(paths.DatabaseFile, AuditAction.Herstel, folder, "geweigerd, niets veranderd: " + refused.Message, clock);
            error.WriteLine(refused.Message);
            error.WriteLine("Er is niets veranderd.");
            return 1;
        }
        var made = TimeZoneInfo.ConvertTime(outcome.Manifest.CreatedAt, clock.LocalTimeZone).ToString("dd-MM-yyyy HH:mm", Dutch);
        var replaced = outcome.ReplacedFolder is null ? "er was nog geen database" : $"de vervangen bestanden staan in {outcome.ReplacedFolder}";
        var migrated = outcome.Migrated ? $", bijgewerkt van schemaversie {outcome.MigratedFrom} naar {Database.SchemaVersion}" : "";
        Audit(paths.DatabaseFile, AuditAction.Herstel, folder, $"gelukt: back-up van {made}{migrated}; {replaced}", clock);
        output.WriteLine($"De back-up van {made} is teruggezet{migrated}; {replaced}.");
        output.WriteLine("Start de server nu (opnieuw).");
        return 0;
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Into the installation's own log — when there is a database with one; a refused restore changes nothing else.</summary>
    private static void Audit(string databaseFile, AuditAction action, string subject, string outcome, TimeProvider clock)
    {
        if (!File.Exists(databaseFile))
        {
            return;
        }
        var database = new Database(databaseFile);
        using (var connection = database.Open())
        {
            if (connection.Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'") == 0)
            {
                return;
            }
        }
        new AuditLog(database, clock).Write(AuditLog.Operator, action, subject, outcome);
    }
}
