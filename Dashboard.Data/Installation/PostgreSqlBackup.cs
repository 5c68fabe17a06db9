using Npgsql;

namespace Dashboard.Data.Installation;

/// <summary>
/// Backup and restore of an installation on PostgreSQL (docs/installatie-en-beheer.md#postgresql): the database's own tools
/// do it, not this app. The commands say exactly which lines to run — `pg_dump` in its custom format, `pg_restore` into the
/// empty database — and that the participant key file belongs beside the dump; they exit 1, so a scheduled job notices
/// that nothing was backed up. The connection's password is never printed: pg_dump reads PGPASSWORD or ~/.pgpass.
/// </summary>
public static class PostgreSqlBackup
{
    public static IReadOnlyList<string> BackupAdvice(string connectionString, string folder, string keyFile)
    {
        var dump = Path.Combine(folder, "impact.dump");
        return
        [
            "Deze installatie staat in PostgreSQL: maak de reservekopie met de gereedschappen van PostgreSQL, niet met deze opdracht.",
            $"  mkdir -p {Quote(folder)}",
            $"  pg_dump {Target(connectionString)} --format=custom --file={Quote(dump)}",
            $"  cp {Quote(keyFile)} {Quote(Path.Combine(folder, Path.GetFileName(keyFile)))}",
            "Bewaar het sleutelbestand naast de dump: zonder die sleutel is niemand meer te herkennen of te wissen. Er is niets geschreven.",
        ];
    }

    /// <summary>
    /// The lines that put a backup back: first the current data aside as a dump beside the backup (its audit log says whom
    /// to erase again), then the schema emptied and the backup restored into it — whatever the current schema version,
    /// the backup's tables come back as they were — and the key file. The next start brings the schema up to this version.
    /// </summary>
    public static IReadOnlyList<string> RestoreAdvice(string connectionString, string folder, string keyFile, DateTimeOffset now)
    {
        var dump = Path.Combine(folder, "impact.dump");
        var aside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, $"impact-voor-herstel-{now:yyyyMMdd-HHmmss}.dump");
        var target = Target(connectionString);
        return
        [
            "Deze installatie staat in PostgreSQL: zet de reservekopie terug met de gereedschappen van PostgreSQL, met alle webservers gestopt.",
            "Eerst de huidige gegevens opzij, dan het schema leeg en de reservekopie erin, dan het sleutelbestand van dezelfde reservekopie —",
            "als één blok, dat bij de eerste fout stopt (set -e): het schema gaat pas leeg als de reservekopie er is en de opzijgezette dump geschreven.",
            "  set -e",
            $"  test -s {Quote(dump)}",
            $"  test ! -e {Quote(aside)}",
            $"  pg_dump {target} --format=custom --file={Quote(aside)}",
            $"  psql {target} --no-psqlrc -v ON_ERROR_STOP=1 -c 'DROP SCHEMA public CASCADE' " +
            "-c 'CREATE SCHEMA public AUTHORIZATION pg_database_owner' -c 'GRANT USAGE ON SCHEMA public TO PUBLIC'",
            $"  pg_restore {target} --no-owner --exit-on-error --schema=public {Quote(dump)}",
            $"  cp {Quote(Path.Combine(folder, Path.GetFileName(keyFile)))} {Quote(keyFile)}",
            "Zet dat sleutelbestand op elke webserver en start ze: de eerste brengt het schema bij tot deze versie. Wie volgens het auditlog " +
            "van de opzijgezette dump na de datum van de reservekopie is gewist, staat weer in de gegevens: wis die opnieuw. Er is niets veranderd.",
        ];
    }

    /// <summary>The connection as pg_dump's options: host, port, database and user — never the password.</summary>
    private static string Target(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = new List<string>();
        if (builder.Host is { Length: > 0 } host)
        {
            options.Add($"--host={Quote(host)}");
        }
        options.Add($"--port={builder.Port}");
        if (builder.Username is { Length: > 0 } user)
        {
            options.Add($"--username={Quote(user)}");
        }
        options.Add($"--dbname={Quote(builder.Database ?? "")}");
        return string.Join(" ", options);
    }

    /// <summary>A word as a POSIX shell reads it back unchanged.</summary>
    private static string Quote(string word) =>
        word.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or ':' or '=') ? word : "'" + word.Replace("'", "'\\''") + "'";
}
