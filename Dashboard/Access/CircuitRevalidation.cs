using System.Security.Claims;
using Dashboard.Data.Administration;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Dashboard.Access;

/// <summary>
/// Re-checks the session of an open Blazor circuit every <c>Access:RevalidationSeconds</c> (default 30): a session that
/// ended — logged out, disabled, changed, "overal afmelden" — loses the page without a server restart. The check does
/// not keep the session alive: an open tab is no request.
/// </summary>
/// <remarks>
/// Our own loop, not ASP.NET's <c>RevalidatingServerAuthenticationStateProvider</c>: that one awaits a cancellable
/// <c>Task.Delay</c> and catches the <see cref="TaskCanceledException"/> when its scope ends, which is at the end of every
/// prerendered request and every circuit. This one waits without throwing (<see cref="ConfigureAwaitOptions.SuppressThrowing"/>)
/// and looks at its token instead, so a page's normal path throws nothing (BENCHMARKS.md, "Exceptions on the normal path").
/// </remarks>
public sealed class CircuitRevalidation : ServerAuthenticationStateProvider, IDisposable
{
    private readonly ILogger<CircuitRevalidation> _logger;
    private readonly SessionStore _sessions;
    private readonly TimeSpan _interval;
    private readonly Lock _gate = new();
    private CancellationTokenSource? _loop;
    private bool _disposed;

    public CircuitRevalidation(ILogger<CircuitRevalidation> logger, SessionStore sessions, IConfiguration configuration)
    {
        _logger = logger;
        _sessions = sessions;
        _interval = TimeSpan.FromSeconds(configuration.GetValue("Access:RevalidationSeconds", 30.0));
        if (_interval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Access:RevalidationSeconds moet groter zijn dan 0.");
        }
        AuthenticationStateChanged += Restart;
    }

    /// <summary>A new state from the host (a prerender, a circuit's start) or our own sign-out: the old loop stops, a new one starts.</summary>
    private void Restart(Task<AuthenticationState> state)
    {
        CancellationTokenSource loop;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _loop?.Cancel();
            _loop?.Dispose();
            _loop = loop = new CancellationTokenSource();
        }
        _ = RevalidateAsync(state, loop.Token);
    }

    private async Task RevalidateAsync(Task<AuthenticationState> stateTask, CancellationToken stop)
    {
        try
        {
            var state = await stateTask;
            if (state.User.Identity?.IsAuthenticated != true)
            {
                return;
            }
            while (true)
            {
                // Suppressed, not caught: a cancelled wait (the scope ended) just ends the loop, without an exception.
                await Task.Delay(_interval, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
                if (stop.IsCancellationRequested)
                {
                    return;
                }
                if (!SessionValidation.IsCurrent(_sessions, state.User, used: false))
                {
                    SignOut();
                    return;
                }
            }
        }
        catch (Exception e)
        {
            _logger.LogError(e, "The session of an open page could not be checked; the page is signed out.");
            SignOut();
        }
    }

    /// <summary>The circuit goes on as nobody: its pages go to the login page. The new state starts a loop that stops at once.</summary>
    private void SignOut() =>
        SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _loop?.Cancel();
            _loop?.Dispose();
            _loop = null;
        }
        AuthenticationStateChanged -= Restart;
    }
}
