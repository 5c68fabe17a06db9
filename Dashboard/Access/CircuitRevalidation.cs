using Dashboard.Data.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Access;

/// <summary>
/// Re-checks the user of an open Blazor circuit every <c>Access:RevalidationSeconds</c> (default 30): a disabled
/// or changed account loses the page without a server restart.
/// </summary>
public sealed class CircuitRevalidation(ILoggerFactory loggers, UserStore users, IConfiguration configuration)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(configuration.GetValue("Access:RevalidationSeconds", 30.0));

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        Task.FromResult(SessionValidation.IsCurrent(users, authenticationState.User));
}
