using System.Globalization;
using Dashboard.Data.Domain;
using Microsoft.Data.Sqlite;

namespace Dashboard.Data.Storage;

/// <summary>
/// What SQLite's refusals to write mean for the person at the keyboard: a full disk, a read-only database, a
/// folder that cannot be opened or a disk that fails. Each message names the cause and what to do; other
/// errors are not translated, because they are defects rather than circumstances.
/// </summary>
public static class StorageFailure
{
    private const int Full = 13, ReadOnly = 8, CantOpen = 14, IoError = 10, Permission = 3;

    /// <summary>StorageTexts.resx (Dutch) and StorageTexts.en.resx.</summary>
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Storage.StorageTexts");

    /// <summary>The message for a storage circumstance in <paramref name="culture"/> (Dutch when none is given), or null for any other SQLite error.</summary>
    public static string? Describe(SqliteException exception, string databasePath, CultureInfo? culture = null) => exception.SqliteErrorCode switch
    {
        Full => Texts.Format("Failure.Full", culture ?? Language.Dutch, databasePath),
        ReadOnly or Permission => Texts.Format("Failure.ReadOnly", culture ?? Language.Dutch, databasePath),
        CantOpen => Texts.Format("Failure.CantOpen", culture ?? Language.Dutch, databasePath),
        IoError => Texts.Format("Failure.IoError", culture ?? Language.Dutch, databasePath),
        _ => null,
    };
}
