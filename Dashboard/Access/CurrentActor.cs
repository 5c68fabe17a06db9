using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Access;

/// <summary>The actor of a page's actions: whoever is signed in to this circuit, with their role and scope.</summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    /// <exception cref="AccessDeniedException">Nobody is signed in (a page lets nobody get here).</exception>
    public async Task<Actor> Get() =>
        ViewerClaims.Viewer((await authentication.GetAuthenticationStateAsync()).User) is { } viewer
            ? Actor.For(viewer)
            : throw new AccessDeniedException(ActionRights.NoRight);
}
