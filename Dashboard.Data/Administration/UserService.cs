using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Administration;

/// <summary>
/// Managing users — create, change, reset a password, log out everywhere, disable and enable — for the administrator
/// only, and a user's own new password, each audited in one wording. Passwords come hashed: the hasher belongs to the web app's sign-in. A user is named
/// by id and read from the store, so the audit line says what was stored before, whatever list the page still shows.
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
    public void Update(Actor actor, long userId, UserDraft draft)
    {
        actor.Require(v => v.CanManageUsers);
        var before = Stored(userId);
        users.Update(before.Id, draft);
        audit.Write(actor, new AuditLine(AuditWordings.UserChanged, ("user", before.UserName), ("changes", UserChanges.Between(before, draft, owners.Organisation))));
    }

    /// <summary>A one-time password instead of the current one; the user's sessions end.</summary>
    public void ResetPassword(Actor actor, long userId, string oneTimePasswordHash)
    {
        actor.Require(v => v.CanManageUsers);
        var user = Stored(userId);
        users.SetPassword(user.Id, oneTimePasswordHash, mustChange: true);
        audit.Write(actor, new AuditLine(AuditWordings.PasswordReset, ("user", user.UserName)));
    }

    /// <summary>Ends every session of the user; returns how many there were.</summary>
    public int LogOutEverywhere(Actor actor, long userId)
    {
        actor.Require(v => v.CanManageUsers);
        var user = Stored(userId);
        var ended = sessions.EndAll(user.Id);
        audit.Write(actor, new AuditLine(AuditWordings.LoggedOutEverywhere, ("user", user.UserName), ("sessions", ended)));
        return ended;
    }

    /// <exception cref="ArgumentException">Disabling would leave no active administrator; nothing changed (and that is audited).</exception>
    public void SetDisabled(Actor actor, long userId, bool disabled)
    {
        actor.Require(v => v.CanManageUsers);
        var user = Stored(userId);
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

    /// <summary>The actor's own new password, after the page checked the current one; their other sessions end.</summary>
    public void ChangeOwnPassword(Actor actor, string passwordHash)
    {
        var user = actor.Viewer is { } viewer ? Stored(viewer.UserId) : throw new AccessDeniedException(ActionRights.NoRight);
        users.SetPassword(user.Id, passwordHash, mustChange: false);
        audit.Write(actor, new AuditLine(AuditWordings.OwnPasswordChanged));
    }

    private UserAccount Stored(long userId) => users.Find(userId) ?? throw new ArgumentException("Er is geen gebruiker met dit nummer.", nameof(userId));
}
