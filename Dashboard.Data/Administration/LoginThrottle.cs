using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Administration;

/// <summary>
/// Growing waits after failed logins, in place of a lock that anyone could put on a known account. Attempts are counted
/// per user name as typed — whether or not such a user exists, so an unknown name behaves exactly like a known one —
/// and client address: after <see cref="FreeAttempts"/> failures each next attempt waits twice as long, up to
/// <see cref="LongestWait"/>. Beside that, all addresses together may fail <see cref="FreeAttemptsPerAccount"/> times on
/// one name before they wait too, up to <see cref="LongestWaitPerAccount"/>: that slows guessing from many addresses.
/// It does not hold an address the name logged in from with the right password in the last <see cref="KnownFor"/>,
/// which waits only for its own failures: guessing from everywhere cannot keep the owner out from their usual place,
/// and elsewhere they wait at most that ceiling. The right password starts the name's count afresh. The counts live in
/// the database, so a restart forgets nothing; failures are forgotten after <see cref="ForgetAfter"/> without attempts.
/// </summary>
public sealed class LoginThrottle(Database database, TimeProvider clock)
{
    public const int FreeAttempts = 3;
    public const int FreeAttemptsPerAccount = 10;

    public static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LongestWaitPerAccount = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    /// <summary>How long an address stays known after a login from it: a month covers holidays and the odd week away.</summary>
    public static readonly TimeSpan KnownFor = TimeSpan.FromDays(30);

    /// <summary>The row that counts every address together.</summary>
    private const string EveryAddress = "*";

    /// <summary>
    /// Whether an attempt may be checked now: null when it may, else how long to wait. An admitted attempt counts as a
    /// failure from this moment until <see cref="Succeeded"/> says otherwise, so attempts sent at the same time cannot
    /// slip past the wait together. It does the same work whether or not a user has the name.
    /// </summary>
    public TimeSpan? Admit(string userName, string address)
    {
        var (name, now) = (Normalise(userName), clock.GetUtcNow());
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        connection.Execute("DELETE FROM login_throttle WHERE last_attempt_at < @forgotten", transaction, ("@forgotten", Format(now - ForgetAfter)));
        var (failures, last) = Read(connection, transaction, name, address);
        var (failuresEverywhere, lastEverywhere) = Read(connection, transaction, name, EveryAddress);
        var known = connection.Scalar<long>(
            "SELECT COUNT(*) FROM known_login_addresses WHERE user_name = @name AND address = @address AND last_login_at >= @since", transaction,
            ("@name", name), ("@address", address), ("@since", Format(now - KnownFor))) > 0;
        var until = last + Wait(failures, FreeAttempts, LongestWait);
        if (!known)
        {
            until = Max(until, lastEverywhere + Wait(failuresEverywhere, FreeAttemptsPerAccount, LongestWaitPerAccount));
        }
        if (until > now)
        {
            return until - now;
        }
        foreach (var row in new[] { address, EveryAddress })
        {
            connection.Execute(
                """
                INSERT INTO login_throttle (user_name, address, failures, last_attempt_at) VALUES (@name, @address, 1, @now)
                ON CONFLICT (user_name, address) DO UPDATE SET failures = login_throttle.failures + 1, last_attempt_at = @now
                """, transaction, ("@name", name), ("@address", row), ("@now", Format(now)));
        }
        transaction.Commit();
        return null;
    }

    /// <summary>
    /// The admitted attempt was right, so this is the owner: the name's counts start afresh, here and everywhere, and this
    /// address is known from now on.
    /// </summary>
    public void Succeeded(string userName, string address)
    {
        var (name, now) = (Normalise(userName), clock.GetUtcNow());
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        connection.Execute("DELETE FROM login_throttle WHERE user_name = @name AND address IN (@address, @every)", transaction,
            ("@name", name), ("@address", address), ("@every", EveryAddress));
        connection.Execute("DELETE FROM known_login_addresses WHERE last_login_at < @forgotten", transaction, ("@forgotten", Format(now - KnownFor)));
        connection.Execute(
            """
            INSERT INTO known_login_addresses (user_name, address, last_login_at) VALUES (@name, @address, @now)
            ON CONFLICT (user_name, address) DO UPDATE SET last_login_at = @now
            """, transaction, ("@name", name), ("@address", address), ("@now", Format(now)));
        transaction.Commit();
    }

    /// <summary>How long the next attempt waits after <paramref name="failures"/> failures: nothing at first, then doubling.</summary>
    public static TimeSpan Wait(int failures, int free, TimeSpan longest) =>
        failures < free ? TimeSpan.Zero
        : failures - free >= 20 ? longest
        : TimeSpan.FromTicks(Math.Min(longest.Ticks, FirstWait.Ticks << (failures - free)));

    /// <summary>
    /// Their password was just set: every wait on the user name is lifted, and addresses become known again only by a
    /// login with the new password (after a reset for a suspected break-in, the intruder's address is not kept).
    /// </summary>
    internal static void Forget(DbConnection connection, DbTransaction transaction, string userName)
    {
        connection.Execute("DELETE FROM login_throttle WHERE user_name = @name", transaction, ("@name", Normalise(userName)));
        connection.Execute("DELETE FROM known_login_addresses WHERE user_name = @name", transaction, ("@name", Normalise(userName)));
    }

    /// <summary>A user name as the throttle keys it: as typed, without surrounding spaces and case (user names ignore case).</summary>
    private static string Normalise(string userName)
    {
        var name = userName.Trim().ToLowerInvariant();
        return name.Length <= 100 ? name : name[..100];
    }

    private static (int Failures, DateTimeOffset Last) Read(DbConnection connection, DbTransaction transaction, string name, string address) =>
        connection.Query("SELECT failures, last_attempt_at FROM login_throttle WHERE user_name = @name AND address = @address",
                r => (r.GetInt32(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture)), transaction, ("@name", name), ("@address", address))
            .DefaultIfEmpty((0, DateTimeOffset.MinValue)).Single();

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string Format(DateTimeOffset moment) => moment.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
