using System.Security.Claims;
using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Access;

/// <summary>
/// A login's session as the web sees it: signing in starts a session on the server (<see cref="SessionStore"/>) and puts
/// its id in the cookie; every request and, for an open Blazor circuit, <see cref="CircuitRevalidation"/> check that the
/// session still exists; signing out ends it. A copied cookie is therefore worthless once its session has ended.
/// </summary>
public static class SessionValidation
{
    /// <summary>Starts a session for the user and gives this browser the cookie that carries it.</summary>
    public static async Task SignInAsync(HttpContext context, UserAccount user)
    {
        var session = context.RequestServices.GetRequiredService<SessionStore>().Start(user.Id);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ViewerClaims.Principal(user, session));
    }

    /// <summary>Ends this browser's session on the server, then removes its cookie.</summary>
    public static async Task SignOutAsync(HttpContext context)
    {
        if (ViewerClaims.SessionId(context.User) is { } session)
        {
            context.RequestServices.GetRequiredService<SessionStore>().End(session);
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Whether the principal's session still exists; <paramref name="used"/> for a request, which keeps it alive.</summary>
    public static bool IsCurrent(SessionStore sessions, ClaimsPrincipal principal, bool used) =>
        ViewerClaims.UserId(principal) is { } id
        && ViewerClaims.SessionId(principal) is { } session
        && sessions.IsCurrent(session, id, used);

    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && !IsCurrent(context.HttpContext.RequestServices.GetRequiredService<SessionStore>(), principal, used: true))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
