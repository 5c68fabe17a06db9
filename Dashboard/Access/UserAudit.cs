using Dashboard.Data.Audit;
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

}
