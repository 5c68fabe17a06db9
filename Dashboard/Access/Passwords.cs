using System.Security.Cryptography;
using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Access;

/// <summary>Password hashing through ASP.NET Core's own hasher (PBKDF2, salted, versioned), and the rules a new password meets.</summary>
public sealed class Passwords
{
    public const int MinimumLength = 12;

    /// <summary>Room for any passphrase; the login and password forms refuse a longer value without checking it.</summary>
    public const int MaximumLength = 256;

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly PasswordHasher<UserAccount> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    /// <summary>Whether the password matches; <paramref name="rehash"/> when the stored hash uses older parameters.</summary>
    public bool Verify(UserAccount user, string password, out bool rehash)
    {
        var result = _hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        rehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>A random password for a first administrator or a reset: 16 characters without look-alikes (0/O, 1/l/I).</summary>
    public static string OneTime() => RandomNumberGenerator.GetString(Alphabet, 16);

    /// <summary>A hash no password matches: for demo accounts, which sign in only through the demo buttons.</summary>
    public string Unusable() => Hash(RandomNumberGenerator.GetHexString(64));

    /// <summary>Why a new password is not good enough, in Dutch (a fixed text, so a page can translate it); null when it is.</summary>
    public static string? Problem(string password, string userName) =>
        password.Length < MinimumLength ? "Een wachtwoord heeft minstens 12 tekens."
        : password.Length > MaximumLength ? "Een wachtwoord heeft hoogstens 256 tekens."
        : password.Contains(userName, StringComparison.OrdinalIgnoreCase) ? "Een wachtwoord bevat niet de gebruikersnaam."
        : password.Distinct().Count() < 5 ? "Een wachtwoord heeft meer verschillende tekens nodig."
        : null;
}
