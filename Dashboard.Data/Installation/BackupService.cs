using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation;

/// <summary>
/// Backup and restore of the installation's files, for the administrator or the command line, each recorded in the
/// installation's own audit log — when there is a database with one: a refused restore changes nothing else.
/// </summary>
public sealed class BackupService(InstallationFiles files, TimeProvider clock)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Writes a backup into a new (or empty) folder.</summary>
    /// <exception cref="BackupRefusedException">Nothing was written; the message says why.</exception>
    public BackupManifest Backup(Actor actor, string folder)
    {
        actor.Require(v => v.CanEditSettings);
        BackupManifest manifest;
        try
        {
            manifest = Installation.Backup.Create(files, folder, clock);
        }
        catch (BackupRefusedException refused)
        {
            Record(actor, new AuditLine(AuditWordings.BackupRefused, ("folder", folder), ("reason", refused.Message)));
            throw;
        }
        Record(actor, new AuditLine(AuditWordings.BackedUp, ("folder", folder), ("summary", Summary(manifest))));
        return manifest;
    }

    /// <summary>Puts a checked backup back in place of the installation's files.</summary>
    /// <exception cref="BackupRefusedException">Nothing was changed; the message says why.</exception>
    public RestoreOutcome Restore(Actor actor, string folder)
    {
        actor.Require(v => v.CanEditSettings);
        RestoreOutcome outcome;
        try
        {
            outcome = Installation.Restore.Run(folder, files, clock);
        }
        catch (BackupRefusedException refused)
        {
            Record(actor, new AuditLine(AuditWordings.RestoreRefused, ("folder", folder), ("reason", refused.Message)));
            throw;
        }
        var (made, migrated, replaced) = Describe(outcome);
        Record(actor, new AuditLine(AuditWordings.Restored, ("folder", folder), ("made", made), ("migrated", migrated), ("replaced", replaced)));
        return outcome;
    }

    /// <summary>What a backup holds, in one Dutch phrase: the audit line's and the command line's.</summary>
    public static string Summary(BackupManifest manifest) =>
        $"schemaversie {manifest.SchemaVersion}, {manifest.RowCounts.Values.Sum().ToString("N0", Dutch)} rijen in {manifest.RowCounts.Count} tabellen, " +
        (manifest.HasKey ? "met het sleutelbestand" : "zonder sleutelbestand (er zijn nog geen deelnemers)") +
        (manifest.HasCookieKeys ? " en de cookie-sleutels" : "");

    /// <summary>A restore in Dutch phrases: when the backup was made, whether it was brought up to date, where the replaced files went.</summary>
    public (string Made, string Migrated, string Replaced) Describe(RestoreOutcome outcome) =>
        (TimeZoneInfo.ConvertTime(outcome.Manifest.CreatedAt, clock.LocalTimeZone).ToString("dd-MM-yyyy HH:mm", Dutch),
            outcome.Migrated ? $", bijgewerkt van schemaversie {outcome.MigratedFrom} naar {Database.SchemaVersion}" : "",
            outcome.ReplacedFolder is null ? "er was nog geen database" : $"de vervangen bestanden staan in {outcome.ReplacedFolder}");


    private void Record(Actor actor, AuditLine line)
    {
        if (!File.Exists(files.DatabaseFile))
        {
            return;
        }
        var database = new Database(files.DatabaseFile);
        using (var connection = database.Open())
        {
            if (connection.Scalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'") == 0)
            {
                return;
            }
            // A database of an older version (a restore refused before migrating, a backup before the server's first start
            // on this version) has no columns for a wording yet: the line goes in as such lines did then.
            if (connection.Scalar<long>("SELECT COUNT(*) FROM pragma_table_info('audit_log') WHERE name = 'wording'") == 0)
            {
                connection.Execute("INSERT INTO audit_log (at, user_name, action, subject, outcome) VALUES (@at, @user, @action, @subject, @outcome)", null,
                    ("@at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("@user", actor.Name), ("@action", line.Wording.Action.Key()),
                    ("@subject", Domain.Ellipsis.Shorten(line.Subject, AuditLog.TextLength)), ("@outcome", Domain.Ellipsis.Shorten(line.Outcome, AuditLog.TextLength)));
                return;
            }
        }
        new AuditLog(database, clock).Write(actor, line);
    }
}
