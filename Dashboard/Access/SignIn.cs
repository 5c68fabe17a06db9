using Dashboard.Data.Access;
using Dashboard.Data.Audit;

namespace Dashboard.Access;

/// <summary>
/// Checks a user name and password: a wrong password counts towards a lockout, every attempt is in the audit log,
/// and an unknown name costs as much time as a known one, so timing tells nobody which names exist.
/// </summary>
public sealed class SignIn(UserStore users, Passwords passwords, AuditLog audit, TimeProvider clock)
{
    private readonly Lazy<UserAccount> _nobody = new(() =>
        new UserAccount(0, "", "", Role.Bestuur, AccessScope.Of([]), passwords.Unusable(), false, false, false, 0, null, ""));

    public SignInOutcome Check(string userName, string password)
    {
        var name = userName.Trim();
        var user = users.Find(name);
        if (user is null)
        {
            passwords.Verify(_nobody.Value, password, out _);
            audit.Write(null, AuditAction.AanmeldenMislukt, $"onbekende gebruikersnaam '{Shorten(name)}'", "geweigerd");
            return new SignInOutcome(SignInResult.WrongCredentials);
        }
        if (user.IsLockedOut(clock.GetUtcNow()))
        {
            audit.Write(user.UserName, AuditAction.AanmeldenMislukt, "account geblokkeerd", "geweigerd");
            return new SignInOutcome(SignInResult.LockedOut);
        }
        if (!passwords.Verify(user, password, out var rehash))
        {
            users.RecordFailedLogin(user.Id);
            var locked = users.Find(user.Id)!.IsLockedOut(clock.GetUtcNow());
            audit.Write(user.UserName, AuditAction.AanmeldenMislukt, "verkeerd wachtwoord", locked ? "geweigerd; account geblokkeerd" : "geweigerd");
            return new SignInOutcome(locked ? SignInResult.LockedOut : SignInResult.WrongCredentials);
        }
        if (user.Disabled)
        {
            audit.Write(user.UserName, AuditAction.AanmeldenMislukt, "account uitgeschakeld", "geweigerd");
            return new SignInOutcome(SignInResult.Disabled);
        }
        users.RecordSuccessfulLogin(user.Id);
        if (rehash)
        {
            users.SetPassword(user.Id, passwords.Hash(password), user.MustChangePassword);
        }
        audit.Write(user.UserName, AuditAction.Aanmelden, user.MustChangePassword ? "met eenmalig wachtwoord" : "met wachtwoord", "gelukt");
        return new SignInOutcome(SignInResult.Success, users.Find(user.Id));
    }

    /// <summary>A demo account signs in without a password (only while the demo sector is all there is); it is recorded all the same.</summary>
    public void RecordDemo(UserAccount demo) => audit.Write(demo.UserName, AuditAction.Aanmelden, "demo-account", "gelukt");

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
