using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Access;

/// <summary>
/// Re-checks the session of an open Blazor circuit every <c>Access:RevalidationSeconds</c> (default 30): a session that
/// ended — logged out, disabled, changed, "overal afmelden" — loses the page without a server restart. The check does
/// not keep the session alive: an open tab is no request.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory loggers, SessionStore sessions, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(configuration.GetValue("Access:RevalidationSeconds", 30.0));

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(SessionValidation.IsCurrent(sessions, authenticationState.User, used: false));
}
