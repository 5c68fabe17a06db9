using Dashboard.Data.Access;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Access;

/// <summary>
/// The authorization policies pages and endpoints name; each asks <see cref="Viewer"/>, where the role table is.
/// Anything without a policy still needs a signed-in user (the fallback policy).
/// </summary>
public static class AccessPolicies
{
    public const string Import = "importeren";
    public const string LoadedData = "gegevens";
    public const string Settings = "instellingen";
    public const string Administration = "beheer";

    public static void Add(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        Add(options, Import, v => v.CanImport);
        Add(options, LoadedData, v => v.CanSeeLoadedData);
        Add(options, Settings, v => v.CanEditTargets);
        Add(options, Administration, v => v.CanManageUsers);
    }

    private static void Add(AuthorizationOptions options, string name, Func<Viewer, bool> allows) =>
        options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
            ViewerClaims.Viewer(context.User) is { } viewer && allows(viewer)));
}
