namespace Dashboard.Data.Access;

/// <summary>A stored user. <see cref="SecurityStamp"/> changes with every change, so a session that carries an older one ends.</summary>
public sealed record UserAccount(
    long Id,
    string UserName,
    string DisplayName,
    Role Role,
    AccessScope Scope,
    string PasswordHash,
    bool MustChangePassword,
    bool Disabled,
    bool IsDemo,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    string SecurityStamp)
{
    public Viewer Viewer => new(Id, UserName, DisplayName, Role, Scope);

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
