using Dashboard.Data.Storage;

namespace Dashboard.Data.Installation;

/// <summary>
/// What a backup holds and a restore puts back: the database file, the participant key file (docs/privacy-en-toegang.md#deelnemerscodes: kept
/// outside the database, useless without it and it without the database) and, when the web server has one,
/// the folder with the keys that sign login cookies. An installation on PostgreSQL (docs/installatie-en-beheer.md#postgresql)
/// names its database by <see cref="PostgreSql"/> instead of a file, and the database's own tools back it up.
/// </summary>
public sealed record InstallationFiles(string DatabaseFile, string KeyFile, string? CookieKeysFolder = null)
{
    /// <summary>The PostgreSQL connection string when the data is kept there; null for the SQLite file.</summary>
    public string? PostgreSql { get; init; }

    public DatabaseProvider Provider => PostgreSql is null ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    /// <summary>The installation's database.</summary>
    public Database Database() => PostgreSql is { } connectionString ? Storage.Database.PostgreSql(connectionString) : new Database(DatabaseFile);
}
