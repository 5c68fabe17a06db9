namespace Dashboard.Data.Installation;

/// <summary>
/// What a backup holds and a restore puts back: the database file, the participant key file (docs/privacy-en-toegang.md#deelnemerscodes: kept
/// outside the database, useless without it and it without the database) and, when the web server has one,
/// the folder with the keys that sign login cookies.
/// </summary>
public sealed record InstallationFiles(string DatabaseFile, string KeyFile, string? CookieKeysFolder = null);
