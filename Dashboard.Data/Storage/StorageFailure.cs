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

    /// <summary>The Dutch message for a storage circumstance, or null for any other SQLite error.</summary>
    public static string? Describe(SqliteException exception, string databasePath) => exception.SqliteErrorCode switch
    {
        Full =>
            $"De schijf is vol: de database {databasePath} kon niet groeien. Maak ruimte vrij op die schijf (of vraag de beheerder dat te doen) en probeer het opnieuw.",
        ReadOnly or Permission =>
            $"De database {databasePath} is alleen-lezen: het programma mag er niet in schrijven. Geef het schrijfrechten op dat bestand en de map eromheen, en probeer het opnieuw.",
        CantOpen =>
            $"De database {databasePath} kan niet worden geopend. Controleer of de map bestaat en of het programma er mag schrijven.",
        IoError =>
            $"De schijf gaf een lees- of schrijffout bij de database {databasePath}. Controleer de schijf (of vraag de beheerder dat te doen) en probeer het opnieuw.",
        _ => null,
    };
}
