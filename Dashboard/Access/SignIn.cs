using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Operations;

namespace Dashboard.Access;

/// <summary>
/// Checks a user name and password from a client address. Nothing tells which names exist: an unknown name gets the
/// same message, the same waits after failures (<see cref="LoginThrottle"/>, keyed on the name as typed) and costs the
/// same work as a known one — an attempt that comes too soon is not checked and does not even look the name up, a
/// checked one costs a lookup and a password hash. A disabled account answers as a wrong password does, also to the
/// right one. Every attempt is in the audit log, with its address.
/// </summary>
public sealed class SignIn(UserStore users, Passwords passwords, LoginThrottle throttle, AuditLog audit)
{
    private readonly Lazy<UserAccount> _nobody = new(() =>
        new UserAccount(0, "", "", Role.Bestuur, AccessScope.Of([]), passwords.Unusable(), false, false, false));

    public SignInOutcome Check(string userName, string password, string address)
    {
        var name = userName.Trim();
        if (throttle.Admit(name, address) is { } wait)
        {
            var outcome = SignInOutcome.Throttled(wait);
            DashboardMetrics.LoginFailed(throttled: true);
            audit.WriteAs(null, new AuditLine(AuditWordings.LoginThrottled, ("user", Shorten(name)), ("address", address), ("seconds", outcome.Seconds)));
            return outcome;
        }
        var user = users.Find(name);
        if (!passwords.Verify(user ?? _nobody.Value, password, out var rehash) || user is null)
        {
            audit.WriteAs(user?.UserName, user is null
                ? new AuditLine(AuditWordings.LoginUnknownUser, ("user", Shorten(name)), ("address", address))
                : new AuditLine(AuditWordings.LoginWrongPassword, ("address", address)));
            DashboardMetrics.LoginFailed(throttled: false);
            return new SignInOutcome(SignInResult.WrongCredentials);
        }
        if (user.Disabled)
        {
            // The right password must not confirm itself, so the answer — and the count — are those of a wrong one.
            audit.WriteAs(user.UserName, new AuditLine(AuditWordings.LoginDisabled, ("address", address)));
            DashboardMetrics.LoginFailed(throttled: false);
            return new SignInOutcome(SignInResult.WrongCredentials);
        }
        throttle.Succeeded(name, address);
        if (rehash)
        {
            users.RehashPassword(user.Id, user.PasswordHash, passwords.Hash(password));
        }
        audit.WriteAs(user.UserName, new AuditLine(user.MustChangePassword ? AuditWordings.LoggedInWithOneTimePassword : AuditWordings.LoggedIn, ("address", address)));
        return new SignInOutcome(SignInResult.Success, user);
    }

    /// <summary>
    /// A signed-in user's own password, asked for again before it is changed. It waits and counts as a login with their
    /// name from this address would, so a stolen session gains no guesses over the login form; a failure is audited.
    /// </summary>
    public SignInOutcome Confirm(UserAccount user, string password, string address)
    {
        if (throttle.Admit(user.UserName, address) is { } wait)
        {
            var outcome = SignInOutcome.Throttled(wait);
            audit.WriteAs(user.UserName, new AuditLine(AuditWordings.OwnPasswordThrottled, ("address", address), ("seconds", outcome.Seconds)));
            return outcome;
        }
        if (!passwords.Verify(user, password, out _))
        {
            audit.WriteAs(user.UserName, new AuditLine(AuditWordings.OwnPasswordWrong, ("address", address)));
            return new SignInOutcome(SignInResult.WrongCredentials);
        }
        throttle.Succeeded(user.UserName, address);
        return new SignInOutcome(SignInResult.Success, user);
    }

    /// <summary>A demo account signs in without a password (only while the demo sector is all there is); it is recorded all the same.</summary>
    public void RecordDemo(UserAccount demo) => audit.WriteAs(demo.UserName, new AuditLine(AuditWordings.LoggedInAsDemo));

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
