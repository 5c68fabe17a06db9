using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Domain;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dashboard.Data.Storage;

/// <summary>
/// What the database's refusals mean for the person at the keyboard. SQLite: a full disk, a read-only database, a folder
/// that cannot be opened or a disk that fails. PostgreSQL: a server that cannot be reached, a database that does not exist,
/// a refused login, no right to write, a full disk or a server that takes no connections now. Each message names the cause
/// and what to do; other errors are not translated, because they are defects rather than circumstances.
/// </summary>
public static class StorageFailure
{
    private const int Full = 13, ReadOnly = 8, CantOpen = 14, IoError = 10, Permission = 3;

    /// <summary>StorageTexts.resx (Dutch) and StorageTexts.en.resx.</summary>
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Storage.StorageTexts");

    /// <summary>
    /// The message for a storage circumstance in <paramref name="culture"/> (Dutch when none is given), or null for any
    /// other error. <paramref name="database"/> is where the data is: the file, or PostgreSQL's host, port and database.
    /// </summary>
    public static string? Describe(DbException exception, string database, CultureInfo? culture = null) =>
        Key(exception) is { } key ? Texts.Format(key, culture ?? Language.Dutch, database) : null;

    private static string? Key(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode switch
        {
            Full => "Failure.Full",
            ReadOnly or Permission => "Failure.ReadOnly",
            CantOpen => "Failure.CantOpen",
            IoError => "Failure.IoError",
            _ => null,
        },
        PostgresException server => server.SqlState switch
        {
            PostgresErrorCodes.InvalidCatalogName => "Failure.Server.NoDatabase",
            PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification => "Failure.Server.Login",
            PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ReadOnlySqlTransaction => "Failure.Server.ReadOnly",
            PostgresErrorCodes.DiskFull => "Failure.Server.Full",
            PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.AdminShutdown => "Failure.Server.Busy",
            _ => null,
        },
        // Npgsql's own: the server did not answer (no such host, nothing listening, the connection broke off).
        NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException or TimeoutException } => "Failure.Server.Unreachable",
        _ => null,
    };
}
