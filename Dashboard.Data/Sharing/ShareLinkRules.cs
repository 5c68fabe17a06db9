using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Sharing;

/// <summary>
/// The rules of a share link (docs/weergave-en-export.md#delen-via-een-link): how long it may be valid, what its token
/// is, and how a token is stored and recognised — by its SHA-256 only, so a copy of the database (or a backup) gives no
/// working link.
/// </summary>
public static class ShareLinkRules
{
    public const int MinDays = 1;
    public const int MaxDays = 90;
    public const int DefaultDays = 30;

    /// <summary>256 random bits: far beyond guessing, also with the rate limit of the link route lifted.</summary>
    public const int TokenBytes = 32;

    /// <summary>A token's length in base64url without padding: 43 characters for 32 bytes.</summary>
    public const int TokenLength = (TokenBytes * 4 + 2) / 3;

    /// <summary>A title, as the link page and the list show it, at most this long.</summary>
    public const int TitleLength = 200;

    /// <summary>The most links one user makes in an hour: each stores a whole file for up to 90 days, in every backup.</summary>
    public const int MostPerHour = 20;

    /// <exception cref="ShareLinkRefusedException">Outside 1–90 days; the message says so, in <paramref name="culture"/>.</exception>
    public static void CheckDays(int days, CultureInfo? culture = null)
    {
        if (days is < MinDays or > MaxDays)
        {
            throw new ShareLinkRefusedException(ShareLinkTexts.Format("Days.OutOfRange", culture ?? Language.Dutch, MinDays, MaxDays));
        }
    }

    /// <summary>A new token from the operating system's cryptographic source, in base64url (safe in a path, no padding).</summary>
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(TokenBytes));

    /// <summary>The SHA-256 of a token as it is stored; what the visitor's token is compared with.</summary>
    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>
    /// The first 8 bytes of the hash in hex: how the row is looked up. Not secret — it is part of a hash of 256 random
    /// bits — so an index lookup that takes longer or shorter by it tells a guesser nothing; the whole hash is then
    /// compared in constant time (<see cref="Matches"/>). Looking up by the whole hash would do as well; this keeps the
    /// comparison that decides in one visible place.
    /// </summary>
    public static string Lookup(byte[] hash) => Convert.ToHexStringLower(hash, 0, 8);

    /// <summary>Whether a stored hash is the hash of the visitor's token, in time that does not depend on where they differ.</summary>
    public static bool Matches(byte[] tokenHash, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(tokenHash, storedHash);

    /// <summary>Whether a token has the shape of one this app makes: 43 base64url characters. Anything else is no link.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
