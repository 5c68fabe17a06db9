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

    public static IReadOnlyList<string> RestoreAdvice(string connectionString, string folder, string keyFile)
    {
        var dump = Path.Combine(folder, "impact.dump");
        return
        [
            "Deze installatie staat in PostgreSQL: zet de reservekopie terug met de gereedschappen van PostgreSQL, met alle webservers gestopt.",
            $"  pg_restore {Target(connectionString)} --clean --if-exists --no-owner {Quote(dump)}",
            $"  cp {Quote(Path.Combine(folder, Path.GetFileName(keyFile)))} {Quote(keyFile)}",
            "Zet het sleutelbestand van dezelfde reservekopie terug, op elke webserver. Er is niets veranderd.",
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
