using System.Security.Claims;
using Dashboard.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Access;

/// <summary>
/// Whether a signed-in principal still stands for an account as it is now: it exists, is not disabled, and nothing
/// changed since the sign-in (same security stamp). Checked on every request and, for an open Blazor circuit, by
/// <see cref="CircuitRevalidation"/>.
/// </summary>
public static class SessionValidation
{
    public static bool IsCurrent(UserStore users, ClaimsPrincipal principal) =>
        ViewerClaims.UserId(principal) is { } id
        && users.Find(id) is { Disabled: false } user
        && user.SecurityStamp == ViewerClaims.SecurityStamp(principal);

    public static async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is { } principal && !IsCurrent(context.HttpContext.RequestServices.GetRequiredService<UserStore>(), principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
