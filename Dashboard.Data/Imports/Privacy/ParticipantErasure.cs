using System.Data.Common;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Imports.Privacy;

/// <summary>
/// Erasure on request (docs/privacy-en-toegang.md#wissen-op-verzoek, AVG art. 17): a participant, named by their code within an organisation, is looked
/// up under the same pseudonym the import stored (<see cref="ParticipantKey.Pseudonymize"/>) and their trajectories
/// with those trajectories' follow-ups, and their certificates are deleted, with their row in participants (their record
/// key), in one transaction that also moves the data version, so every figure follows. Those four tables are the only place
/// a participant is kept: sales and investments carry none, import batches hold files' names
/// and counts, and the audit log never names one. Deleted rows would still linger in the file's free pages and
/// the write-ahead log, so afterwards the file is rebuilt (VACUUM) and the log emptied. Copies outside the database —
/// backups, and the folders a restore put aside — are not touched; the outcome names the latter.
/// </summary>
public sealed class ParticipantErasure(Database database, string keyFilePath, SnapshotCache? snapshots = null)
{
    /// <summary>The longest participant code an import accepts: a longer one cannot be stored, so it is refused unread.</summary>
    public const int MaxCodeLength = ImportColumn.CodeLength;

    /// <summary>The organisations this scope may erase in, by name.</summary>
    public IReadOnlyList<string> Organisations(AccessScope scope)
    {
        using var connection = database.Open();
        return connection.Query("SELECT id, name FROM organisations ORDER BY name", r => (Id: r.GetInt64(0), Name: r.GetString(1)))
            .Where(o => scope.Includes(o.Id)).Select(o => o.Name).ToList();
    }

    /// <summary>Erases the participant for the server's operator, whose scope is every organisation.</summary>
    internal ErasureOutcome Erase(string organisation, string participantCode) => Erase(organisation, participantCode, AccessScope.Everything);

    /// <summary>
    /// Erases the participant with this code at this organisation, within <paramref name="scope"/>. Refused — nothing
    /// changed — when the organisation is unknown or outside the scope, the key file is missing or not this database's,
    /// or no such participant is stored there; the refusal says only that, never whether the code exists elsewhere.
    /// </summary>
    internal ErasureOutcome Erase(string organisation, string participantCode, AccessScope scope)
    {
        // The importer reads a code as the trimmed text of its cell; the same code must give the same pseudonym.
        var code = participantCode.Trim();
        if (Unusable(code) is { } refused)
        {
            return refused;
        }
        using var connection = database.Open();
        ErasureOutcome outcome;
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        try
        {
            // Deleted cells are overwritten with zeros, should the rebuild below not get to run.
            if (sqlite)
            {
                connection.Execute("PRAGMA secure_delete = ON;");
            }
            outcome = Delete(connection, organisation.Trim(), code, scope);
        }
        finally
        {
            if (sqlite)
            {
                connection.Execute("PRAGMA secure_delete = OFF;");
            }
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        // The participant is gone (committed): whatever the clean-up below meets is told with that, never thrown, so the
        // erasure is recorded in the audit log as done.
        try
        {
            return CleanUp(connection, outcome, sqlite);
        }
        catch (Exception problem)
        {
            return outcome with
            {
                Message = outcome.Message + $" Let op: het opruimen daarna mislukte ({problem.Message}); resten kunnen nog in de database staan.",
            };
        }
    }

    private ErasureOutcome CleanUp(DbConnection connection, ErasureOutcome outcome, bool sqlite)
    {
        snapshots?.Get();
        var aside = sqlite ? Directory.EnumerateDirectories(Path.GetDirectoryName(database.Path)!, Database.AsideFolderPrefix + "*").Count() : 0;
        if (aside > 0)
        {
            outcome = outcome with
            {
                KeptAsideCopies = aside,
                Message = outcome.Message + $" Let op: naast de database staan {aside} map(pen) met bij een herstel opzij gezette oude gegevens " +
                          $"({Database.AsideFolderPrefix}…), waarin deze deelnemer nog kan staan. Verwijder die als u ze niet meer nodig hebt.",
            };
        }
        if (sqlite)
        {
            return RemoveTraces(connection) is { } problem
                ? outcome with
                {
                    Message = outcome.Message + " Let op: het databasebestand kon daarna niet worden opgeschoond, dus resten kunnen nog in " +
                              $"de vrije ruimte van het bestand staan tot de volgende wisactie of back-up ({problem}).",
                }
                : outcome;
        }
        return RemoveDeadRows(connection, SnapshotWait) is { } left
            ? outcome with
            {
                Message = outcome.Message + " Let op: de database kon daarna niet helemaal worden opgeschoond, dus oude versies van de rijen " +
                          $"kunnen nog in de tabellen van PostgreSQL staan ({left}).",
            }
            : outcome;
    }

    /// <summary>
    /// What <see cref="Erase(string, string, AccessScope)"/> would do, for its confirmation: the counts that would go
    /// (<see cref="ErasureOutcome.Succeeded"/> true, no message), or the same refusal. Nothing changes.
    /// </summary>
    public ErasureOutcome Preview(string organisation, string participantCode, AccessScope scope)
    {
        var code = participantCode.Trim();
        if (Unusable(code) is { } refused)
        {
            return refused;
        }
        using var connection = database.Open();
        using var transaction = connection.BeginRead();
        var found = Find(connection, transaction, organisation.Trim(), code, scope);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        const string where = "WHERE organisation_id = @org AND participant = @participant";
        var trajectories = connection.Scalar<long>($"SELECT COUNT(*) FROM trajectories {where}", transaction, found.Parameters);
        var certificates = connection.Scalar<long>($"SELECT COUNT(*) FROM certificates {where}", transaction, found.Parameters);
        var followUps = connection.Scalar<long>($"SELECT COUNT(*) FROM follow_ups {FollowUpsOf}", transaction, found.Parameters);
        return trajectories + certificates == 0
            ? NoSuchParticipant(found.Organisation)
            : new ErasureOutcome(true, "", found.Organisation, (int)trajectories, (int)certificates, (int)followUps);
    }

    private ErasureOutcome Delete(DbConnection connection, string organisation, string code, AccessScope scope)
    {
        using var transaction = connection.BeginDataWrite();
        var found = Find(connection, transaction, organisation, code, scope);
        if (found.Refusal is { } refusal)
        {
            return refusal;
        }
        const string where = "WHERE organisation_id = @org AND participant = @participant";
        var certificates = connection.Execute($"DELETE FROM certificates {where}", transaction, found.Parameters);
        // Deleting the trajectories would take their follow-ups along (ON DELETE CASCADE); deleted first, they are counted.
        var followUps = connection.Execute($"DELETE FROM follow_ups {FollowUpsOf}", transaction, found.Parameters);
        var trajectories = connection.Execute($"DELETE FROM trajectories {where}", transaction, found.Parameters);
        connection.Execute($"DELETE FROM participants {where}", transaction, found.Parameters);
        if (trajectories + certificates == 0)
        {
            return NoSuchParticipant(found.Organisation);
        }
        DataVersion.Bump(connection, transaction);
        transaction.Commit();
        var outcome = new ErasureOutcome(true, "", found.Organisation, trajectories, certificates, followUps);
        return outcome with
        {
            Message = $"De deelnemer is gewist bij {found.Organisation}: {outcome.Counts} verwijderd. Alle cijfers zijn zonder deze deelnemer herberekend.",
        };
    }

    /// <summary>Why a typed code cannot be looked up: empty, or longer than any imported code can be.</summary>
    private static ErasureOutcome? Unusable(string code) => code.Length switch
    {
        0 => ErasureOutcome.Refused("Vul de deelnemerscode in die de organisatie zelf gebruikt."),
        > MaxCodeLength => ErasureOutcome.Refused(
            $"Deze deelnemerscode is te lang: {Dutch.Number(code.Length)} tekens, hoogstens {MaxCodeLength}. Zo'n code kan niet geïmporteerd zijn; er is niets gewist."),
        _ => null,
    };

    /// <summary>The organisation and the participant's pseudonym as query parameters (@org, @participant), or why not.</summary>
    private (ErasureOutcome? Refusal, string Organisation, (string, object?)[] Parameters) Find(
        DbConnection connection, DbTransaction transaction, string organisation, string code, AccessScope scope)
    {
        var found = connection.Query("SELECT id, name FROM organisations WHERE lower(name) = lower(@name)",
            r => (Id: r.GetInt64(0), Name: r.GetString(1)), transaction, ("@name", organisation)).FirstOrDefault();
        if (!scope.AllOrganisations && (found.Name is null || !scope.Includes(found.Id)))
        {
            // The same words whether the organisation exists or not: a scoped user learns no other organisation's name.
            return (ErasureOutcome.Refused(
                $"Geen toegang: u kunt alleen deelnemers wissen van uw eigen organisatie(s), en '{organisation}' is daar geen van. Er is niets gewist."),
                organisation, []);
        }
        if (found.Name is null)
        {
            return (ErasureOutcome.Refused($"Er is geen organisatie '{Ellipsis.Shorten(organisation, ImportColumn.NameLength)}'. Er is niets gewist."), organisation, []);
        }
        ParticipantKey? key;
        try
        {
            key = ParticipantKey.Load(keyFilePath);
        }
        catch (ImportRefusedException damaged)
        {
            return (ErasureOutcome.Refused(damaged.Message + " Er is niets gewist.", found.Name), found.Name, []);
        }
        if (key is null || !key.IsTheDatabasesKey(connection, transaction))
        {
            return (ErasureOutcome.Refused(
                (key is null ? $"Het sleutelbestand voor deelnemerscodes ontbreekt ('{keyFilePath}')" : $"Het sleutelbestand '{keyFilePath}' hoort niet bij deze database") +
                ", dus een deelnemerscode kan niet worden opgezocht. Zet het juiste sleutelbestand terug uit de back-up, of stel het pad in " +
                "(Privacy:KeyFile). Er is niets gewist.", found.Name), found.Name, []);
        }
        return (null, found.Name, [("@org", found.Id), ("@participant", key.Pseudonymize(found.Id, code))]);
    }

    /// <summary>Says only that the code is not known there: not whether it is known at another organisation.</summary>
    private static ErasureOutcome NoSuchParticipant(string organisation) =>
        ErasureOutcome.Refused($"Geen deelnemer met deze code bij {organisation}. Er is niets gewist.", organisation);

    /// <summary>The follow-ups of the participant's trajectories (@org, @participant).</summary>
    private const string FollowUpsOf = "WHERE trajectory_id IN (SELECT id FROM trajectories WHERE organisation_id = @org AND participant = @participant)";

    /// <summary>The tables erasure deletes from.</summary>
    private static readonly string[] ErasedTables = ["certificates", "follow_ups", "trajectories", "participants"];

    /// <summary>
    /// How long PostgreSQL's clean-up waits for reads that began before the erasure (a page's figures, another server's
    /// read, a pg_dump) to end: their snapshot keeps the old row versions for them.
    /// </summary>
    internal TimeSpan SnapshotWait { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// PostgreSQL keeps a deleted row's old version until VACUUM reclaims it, and only once no snapshot older than the
    /// delete can still see it; even then its bytes stay in the page's free space, and a value can stay behind in an index
    /// as a separator key, until the table and its indexes are rewritten. So: wait until the reads that began before the
    /// erasure have ended, then rewrite the four tables with VACUUM FULL (the tables are locked for the second or so that
    /// takes; it gives up after <see cref="RewriteLockWait"/> rather than hold up every page behind a long read). When a
    /// read is still open, a plain VACUUM clears what it can. Both need the table's owner (checked first: VACUUM would
    /// skip the table with only a warning). Returns why a trace may be left, or null. The write-ahead log and the backups
    /// the server keeps are not touched (docs/installatie-en-beheer.md#postgresql).
    /// </summary>
    private static string? RemoveDeadRows(DbConnection connection, TimeSpan snapshotWait)
    {
        var notOwned = connection.Query(
            $"""
            SELECT tablename FROM pg_tables
            WHERE schemaname = current_schema() AND tablename IN ({string.Join(", ", ErasedTables.Select(t => $"'{t}'"))})
              AND NOT pg_has_role(current_user, tableowner, 'MEMBER')
            """, r => r.GetString(0));
        if (notOwned.Count > 0)
        {
            return $"de gebruiker van de app is geen eigenaar van {string.Join(", ", notOwned)}, dus VACUUM kon daar niet draaien";
        }
        var tables = string.Join(", ", ErasedTables);
        var rewrite = $"draai als eigenaar VACUUM FULL {tables}; wanneer de database rustig is";
        try
        {
            if (WaitForOlderSnapshots(connection, snapshotWait) is var readers and > 0)
            {
                connection.Execute($"VACUUM (INDEX_CLEANUP ON) {tables};");
                return $"{Dutch.Count((int)readers, "verbinding", "verbindingen")} las nog gegevens van vóór het wissen (een lang rapport, een " +
                       $"pg_dump, een open transactie), voor wie de oude versies van de rijen bewaard blijven: {rewrite}";
            }
            // No import, undo or other erasure meanwhile (they would queue behind the rewrite's table locks anyway); a session
            // setting and a session lock on a pooled connection: both undone below, whatever happens.
            DbExtensions.WaitFor(connection, "pg_advisory_lock", DbExtensions.DataWriteLock);
            try
            {
                connection.Execute($"SET lock_timeout = {(int)RewriteLockWait.TotalMilliseconds}");
                foreach (var table in ErasedTables)
                {
                    using var vacuum = connection.Command($"VACUUM FULL {table};");
                    vacuum.CommandTimeout = 0;
                    vacuum.ExecuteNonQuery();
                }
            }
            finally
            {
                connection.Execute("RESET lock_timeout");
                DbExtensions.Release(connection, DbExtensions.DataWriteLock);
            }
            return null;
        }
        catch (DbException problem)
        {
            return $"{problem.Message}; {rewrite}";
        }
    }

    /// <summary>How long the rewrite of one table waits for its lock before it gives up (and says so): pages that read the
    /// table queue behind that wait.</summary>
    private static readonly TimeSpan RewriteLockWait = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Waits up to <paramref name="wait"/> until no other session of this database, prepared transaction or replication
    /// slot holds a snapshot from before now; returns how many still do (an autovacuum worker counts too: safe side).
    /// </summary>
    private static long WaitForOlderSnapshots(DbConnection connection, TimeSpan wait)
    {
        // A transaction id of this moment: every snapshot from before the erasure's commit is at least as old.
        var mark = connection.Scalar<long>("SELECT CAST(CAST(pg_current_xact_id() AS TEXT) AS BIGINT) % 4294967296");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var older = connection.Scalar<long>(
                """
                SELECT (SELECT COUNT(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xmin IS NOT NULL
                          AND age(backend_xmin) >= age(CAST(CAST(@mark AS TEXT) AS xid)))
                     + (SELECT COUNT(*) FROM pg_prepared_xacts WHERE database = current_database())
                     + (SELECT COUNT(*) FROM pg_replication_slots
                        WHERE (xmin IS NOT NULL AND age(xmin) >= age(CAST(CAST(@mark AS TEXT) AS xid)))
                           OR (catalog_xmin IS NOT NULL AND age(catalog_xmin) >= age(CAST(CAST(@mark AS TEXT) AS xid))))
                """, null, ("@mark", mark));
            if (older == 0 || DateTime.UtcNow >= deadline)
            {
                return older;
            }
            Thread.Sleep(200);
        }
    }

    /// <summary>
    /// Rebuilds the file from what is left and empties the write-ahead log, so no copy of the deleted rows stays in
    /// free pages or old log frames. Returns why that failed (a full disk, a long reader), or null.
    /// </summary>
    private static string? RemoveTraces(DbConnection connection)
    {
        try
        {
            connection.Execute("VACUUM;");
            var busy = connection.Query("PRAGMA wal_checkpoint(TRUNCATE);", r => r.GetInt64(0)).Single();
            return busy == 0 ? null : "de database werd nog gelezen";
        }
        catch (SqliteException problem)
        {
            return problem.Message;
        }
    }
}
