using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.Privacy;

/// <summary>
/// The installation's secret for pseudonymising participant codes (docs/privacy-en-toegang.md#deelnemerscodes): 32 random bytes in a file
/// outside the database, whose fingerprint the database keeps. A participant is stored only as
/// HMAC-SHA256(key, organisation id + code). When the key file is missing while participants exist, the
/// import stops instead of making a new key, which would silently duplicate every trajectory.
/// </summary>
public sealed class ParticipantKey
{
    private const string FingerprintKey = "participant_key_fingerprint";
    private readonly byte[] _key;

    private ParticipantKey(byte[] key) => _key = key;

    /// <summary>The key's fingerprint as the database stores it: its own SHA-256, hex.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(_key));

    /// <summary>The pseudonym of a participant code within an organisation, as stored.</summary>
    public string Pseudonymize(long organisationId, string participantCode) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{organisationId}\n{participantCode}")));

    /// <summary>The short form the UI may show.</summary>
    public static string ShortPseudonym(string pseudonym) => pseudonym[..8];

    /// <summary>
    /// The key for writing participants in this transaction: read from <paramref name="path"/>, or created
    /// there when neither the database nor the file knows one yet. Refuses a missing or different key.
    /// </summary>
    public static ParticipantKey ForImport(string path, DbConnection connection, DbTransaction transaction)
    {
        var stored = StoredFingerprint(connection, transaction);
        if (File.Exists(path))
        {
            var key = Read(path);
            if (stored is null)
            {
                RefuseWhenParticipantsExist(connection, transaction, path);
                Remember(key, connection, transaction);
            }
            else if (stored != key.Fingerprint)
            {
                throw new ImportRefusedException(new ImportText("Key.OtherDatabase", path));
            }
            return key;
        }
        if (stored is not null)
        {
            throw MissingKey(path);
        }
        RefuseWhenParticipantsExist(connection, transaction, path);
        var created = new ParticipantKey(RandomNumberGenerator.GetBytes(32));
        Write(path, created._key);
        Remember(created, connection, transaction);
        return created;
    }

    /// <summary>The fingerprint of the key this database was written with; null while no key has been made.</summary>
    public static string? StoredFingerprint(DbConnection connection, DbTransaction? transaction = null) =>
        connection.Scalar<string?>("SELECT value FROM meta WHERE key = @key", transaction, ("@key", FingerprintKey));

    /// <summary>The key as stored, to look a participant up (erasure); null when none has been made yet.</summary>
    /// <exception cref="ImportRefusedException">The file is damaged.</exception>
    public static ParticipantKey? Load(string path) => File.Exists(path) ? Read(path) : null;

    /// <summary>
    /// Whether the database's participants were stored with this key: true too when the database knows no key yet.
    /// A different key would look every participant up under another pseudonym and find no one.
    /// </summary>
    public bool IsTheDatabasesKey(DbConnection connection, DbTransaction? transaction) =>
        connection.Scalar<string?>("SELECT value FROM meta WHERE key = @key", transaction, ("@key", FingerprintKey)) is not { } stored
        || stored == Fingerprint;

    private static void RefuseWhenParticipantsExist(DbConnection connection, DbTransaction transaction, string path)
    {
        var participants = connection.Scalar<long>(
            "SELECT (SELECT COUNT(*) FROM trajectories) + (SELECT COUNT(*) FROM certificates)", transaction);
        if (participants > 0)
        {
            throw MissingKey(path);
        }
    }

    private static ImportRefusedException MissingKey(string path) => new(new ImportText("Key.Missing", path));

    private static void Remember(ParticipantKey key, DbConnection connection, DbTransaction transaction) =>
        connection.Execute("INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            transaction, ("@key", FingerprintKey), ("@value", key.Fingerprint));

    private static ParticipantKey Read(string path)
    {
        var text = File.ReadAllText(path).Trim();
        try
        {
            var bytes = Convert.FromBase64String(text);
            if (bytes.Length == 32)
            {
                return new ParticipantKey(bytes);
            }
        }
        catch (FormatException)
        {
        }
        throw new ImportRefusedException(new ImportText("Key.Damaged", path));
    }

    private static void Write(string path, byte[] key)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(Convert.ToBase64String(key));
        writer.Flush();
        stream.Flush(flushToDisk: true);
    }
}
