namespace Dashboard.Data.Administration;

/// <summary>A stored user; every change to it ends the user's sessions (<see cref="SessionStore"/>).</summary>
public sealed record UserAccount(
    long Id,
    string UserName,
    string DisplayName,
    Role Role,
    AccessScope Scope,
    string PasswordHash,
    bool MustChangePassword,
    bool Disabled,
    bool IsDemo)
{
    public Viewer Viewer => new(Id, UserName, DisplayName, Role, Scope);
}
