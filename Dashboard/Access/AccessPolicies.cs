using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Access;

/// <summary>
/// The authorization policies pages and endpoints name; each asks <see cref="Viewer"/>, where the role table is.
/// Every policy — the fallback for anything that names none, the default for [Authorize], and the named ones — needs a
/// signed-in user who has chosen their own password: someone signed in with a one-time password reaches nothing but
/// what asks only <see cref="SignedIn"/> (the password page) or allows anyone (login, logout, static files), so no new
/// page or endpoint can forget that check.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Signed in, also with a one-time password still to change: for the password page only.</summary>
    public const string SignedIn = "aangemeld";

    public const string Import = "importeren";
    public const string LoadedData = "gegevens";
    public const string Settings = "instellingen";
    public const string Administration = "beheer";
    public const string Sharing = "delen";

    public static void Add(AuthorizationOptions options)
    {
        var ownPassword = new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
            .RequireAssertion(context => !ViewerClaims.MustChangePasswordFirst(context.User)).Build();
        options.FallbackPolicy = ownPassword;
        options.DefaultPolicy = ownPassword;
        options.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        Add(options, ownPassword, Import, v => v.CanImport);
        Add(options, ownPassword, LoadedData, v => v.CanSeeLoadedData);
        Add(options, ownPassword, Settings, v => v.CanEditTargets);
        Add(options, ownPassword, Administration, v => v.CanManageUsers);
        Add(options, ownPassword, Sharing, v => v.CanShare);
    }

    private static void Add(AuthorizationOptions options, AuthorizationPolicy ownPassword, string name, Func<Viewer, bool> allows) =>
        options.AddPolicy(name, policy => policy.Combine(ownPassword).RequireAssertion(context =>
            ViewerClaims.Viewer(context.User) is { } viewer && allows(viewer)));
}
