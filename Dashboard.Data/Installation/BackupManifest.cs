using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Data.Installation;

/// <summary>
/// What a backup folder says about itself, in manifest.json: when it was made, the schema version and key
/// fingerprint of the copied database, its row count per table, and the SHA-256 of every file in the folder
/// (paths relative to the folder, with '/'). It is written last, so a folder without one is no complete backup.
/// </summary>
public sealed record BackupManifest(
    DateTimeOffset CreatedAt,
    int SchemaVersion,
    string? KeyFingerprint,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyDictionary<string, string> Files)
{
    public const string FileName = "manifest.json";
    public const string DatabaseFile = "impact.db";
    public const string KeyFile = "impact.key";
    public const string CookieKeysFolder = "cookie-sleutels";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [JsonIgnore]
    public bool HasKey => Files.ContainsKey(KeyFile);

    [JsonIgnore]
    public bool HasCookieKeys => Files.Keys.Any(IsCookieKey);

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <summary>The manifest of a backup folder; refuses a folder without a readable one, or one naming files a backup cannot hold.</summary>
    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupRefusedException(
                $"In '{folder}' staat geen {FileName}: dit is geen volledige back-up (of het maken ervan is halverwege afgebroken).");
        }
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
        }
        catch (JsonException problem)
        {
            throw new BackupRefusedException($"{FileName} in '{folder}' is onleesbaar: {problem.Message}");
        }
        if (manifest is null || manifest.Files is null || manifest.RowCounts is null || !manifest.Files.ContainsKey(DatabaseFile))
        {
            throw new BackupRefusedException($"{FileName} in '{folder}' is onvolledig: het noemt geen {DatabaseFile}.");
        }
        if (manifest.Files.Keys.FirstOrDefault(name => name is not (DatabaseFile or KeyFile) && !IsCookieKey(name)) is { } stranger)
        {
            throw new BackupRefusedException($"{FileName} in '{folder}' noemt een bestand dat niet in een back-up hoort: '{stranger}'.");
        }
        return manifest;
    }

    /// <summary>A file's SHA-256, lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A file directly in cookie-sleutels/ — nothing deeper, so a manifest cannot point outside the folders it is restored to.</summary>
    public static bool IsCookieKey(string name) =>
        name.StartsWith(CookieKeysFolder + "/", StringComparison.Ordinal)
        && name[(CookieKeysFolder.Length + 1)..] is { Length: > 0 } file
        && file.IndexOfAny(['/', '\\']) < 0 && file is not ("." or "..");
}
