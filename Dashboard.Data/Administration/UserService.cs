using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Administration;

/// <summary>
/// Managing users — create, change, reset a password, log out everywhere, disable and enable — for the administrator
/// only, each audited in one wording. Passwords come hashed: the hasher belongs to the web app's sign-in.
/// </summary>
public sealed class UserService(UserStore users, SessionStore sessions, Owners owners, AuditLog audit)
{
    /// <exception cref="Validation.InvalidFieldsException">The draft is not valid; nothing is stored.</exception>
    public long Create(Actor actor, UserDraft draft, string oneTimePasswordHash)
    {
        actor.Require(v => v.CanManageUsers);
        var id = users.Create(draft, oneTimePasswordHash, mustChangePassword: true, createdBy: actor.Viewer?.UserId);
        audit.Write(actor, new AuditLine(AuditWordings.UserCreated, ("user", draft.UserName.Trim()), ("role", UserChanges.Role(draft.Role)),
            ("scope", UserChanges.Scope(draft.Scope, owners.Organisation))));
        return id;
    }

    /// <exception cref="Validation.InvalidFieldsException">The draft is not valid; nothing is stored.</exception>
    public void Update(Actor actor, UserAccount before, UserDraft draft)
    {
        actor.Require(v => v.CanManageUsers);
        users.Update(before.Id, draft);
        audit.Write(actor, new AuditLine(AuditWordings.UserChanged, ("user", before.UserName), ("changes", UserChanges.Between(before, draft, owners.Organisation))));
    }

    /// <summary>A one-time password instead of the current one; the user's sessions end.</summary>
    public void ResetPassword(Actor actor, UserAccount user, string oneTimePasswordHash)
    {
        actor.Require(v => v.CanManageUsers);
        users.SetPassword(user.Id, oneTimePasswordHash, mustChange: true);
        audit.Write(actor, new AuditLine(AuditWordings.PasswordReset, ("user", user.UserName)));
    }

    /// <summary>Ends every session of the user; returns how many there were.</summary>
    public int LogOutEverywhere(Actor actor, UserAccount user)
    {
        actor.Require(v => v.CanManageUsers);
        var ended = sessions.EndAll(user.Id);
        audit.Write(actor, new AuditLine(AuditWordings.LoggedOutEverywhere, ("user", user.UserName), ("sessions", ended)));
        return ended;
    }

    /// <exception cref="ArgumentException">Disabling would leave no active administrator; nothing changed (and that is audited).</exception>
    public void SetDisabled(Actor actor, UserAccount user, bool disabled)
    {
        actor.Require(v => v.CanManageUsers);
        try
        {
            users.SetDisabled(user.Id, disabled);
        }
        catch (ArgumentException refused)
        {
            audit.Write(actor, new AuditLine(AuditWordings.UserDisablingRefused, ("user", user.UserName), ("reason", refused.Reason())));
            throw;
        }
        audit.Write(actor, new AuditLine(disabled ? AuditWordings.UserDisabled : AuditWordings.UserEnabled, ("user", user.UserName)));
    }
}
