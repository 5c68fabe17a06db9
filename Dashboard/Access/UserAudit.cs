using Dashboard.Data.Audit;
using Dashboard.Data.Privacy;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Access;

/// <summary>The audit log as a page writes to it: under the name of whoever is signed in to this circuit.</summary>
public sealed class UserAudit(AuthenticationStateProvider authentication, AuditLog log)
{
    public async Task Write(AuditAction action, string subject, string outcome = "gelukt")
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User.Identity?.Name;
        await Task.Run(() => log.Write(user, action, subject, outcome));
    }

    /// <summary>An erasure, or a refused one, as <see cref="AuditLog.Erased"/> records it: never the participant's code.</summary>
    public async Task Erased(string organisation, ErasureOutcome outcome)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User.Identity?.Name;
        await Task.Run(() => log.Erased(user, organisation, outcome));
    }
}
