using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Administration;

/// <summary>
/// The sessions of signed-in users, kept on the server: a login starts one, and its random id travels in the login
/// cookie. A cookie is worth only as much as its row here, so ending a session — logging out, a new password, a
/// disabled account, a changed role or scope, "overal afmelden" — makes every copy of that cookie worthless, also
/// after a restart. Only the id's SHA-256 is stored: the database and its backups hold nothing to make a cookie from.
/// </summary>
public sealed class SessionStore(Database database, TimeProvider clock)
{
    /// <summary>A session unused for this long has expired, like the login cookie (sliding).</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    /// <summary>
    /// However much it is used, a session ends this long after its login: a copied cookie that is kept in use, or a
    /// browser that is never closed, stops working within a week, and someone who works daily logs in once a week.
    /// </summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(7);

    /// <summary>A request refreshes a session's last use at most this often, so not every request writes.</summary>
    public static readonly TimeSpan SeenInterval = TimeSpan.FromMinutes(1);

    /// <summary>Starts a session for the user and returns its id for the cookie; expired sessions are cleared on the way.</summary>
    public string Start(long userId)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        connection.Execute("DELETE FROM sessions WHERE last_seen_at < @idle OR created_at < @old", transaction,
            ("@idle", Format(now - IdleTimeout)), ("@old", Format(now - MaximumAge)));
        connection.Execute("INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at) VALUES (@hash, @user, @now, @now)", transaction,
            ("@hash", Hash(id)), ("@user", userId), ("@now", Format(now)));
        transaction.Commit();
        return id;
    }

    /// <summary>
    /// Whether the session exists, belongs to the user and has neither been idle too long nor lived too long.
    /// <paramref name="used"/> for a request, which keeps the session alive; a check on a timer (an open page) does not.
    /// </summary>
    public bool IsCurrent(string sessionId, long userId, bool used)
    {
        using var connection = database.Open();
        var hash = Hash(sessionId);
        var session = connection.Query("SELECT created_at, last_seen_at FROM sessions WHERE id_hash = @hash AND user_id = @user",
            r => new { Created = Parse(r.GetString(0)), LastSeen = Parse(r.GetString(1)) }, null, ("@hash", hash), ("@user", userId)).SingleOrDefault();
        var now = clock.GetUtcNow();
        if (session is null || now - session.LastSeen > IdleTimeout || now - session.Created > MaximumAge)
        {
            return false;
        }
        if (used && now - session.LastSeen >= SeenInterval)
        {
            connection.Execute("UPDATE sessions SET last_seen_at = @now WHERE id_hash = @hash", null, ("@now", Format(now)), ("@hash", hash));
        }
        return true;
    }

    /// <summary>Ends one session: logging out.</summary>
    public void End(string sessionId)
    {
        using var connection = database.Open();
        connection.Execute("DELETE FROM sessions WHERE id_hash = @hash", null, ("@hash", Hash(sessionId)));
    }

    /// <summary>Ends every session of the user ("overal afmelden"); returns how many there were.</summary>
    public int EndAll(long userId)
    {
        using var connection = database.Open();
        return EndAll(connection, null, userId);
    }

    /// <summary>Within a change to the user, so the change and the end of their sessions are one.</summary>
    internal static int EndAll(DbConnection connection, DbTransaction? transaction, long userId) =>
        connection.Execute("DELETE FROM sessions WHERE user_id = @user", transaction, ("@user", userId));

    private static string Hash(string sessionId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)));

    private static string Format(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string moment) => DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture);
}
