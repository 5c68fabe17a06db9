using System.Globalization;
using System.Security.Claims;
using Dashboard.Data.Administration;

namespace Dashboard.Access;

/// <summary>
/// A signed-in user as the cookie carries them: id, name, role, scope and the id of their session on the server. Any
/// change to the user ends that session (<see cref="SessionStore"/>), and a principal whose session has ended is refused
/// (<see cref="SessionValidation"/>), so the claims never outlive the account they describe.
/// </summary>
public static class ViewerClaims
{
    public const string Scheme = "ImpactDashboard";
    private const string DisplayName = "naam";
    private const string Organisation = "organisatie";
    private const string AllOrganisations = "alle-organisaties";
    private const string Session = "sessie";
    private const string MustChangePassword = "wachtwoord-wijzigen";

    public static ClaimsPrincipal Principal(UserAccount user, string sessionId)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, user.DisplayName),
            new(ClaimTypes.Role, user.Role.Key()),
            new(Session, sessionId),
        ];
        if (user.Scope.AllOrganisations)
        {
            claims.Add(new Claim(AllOrganisations, "ja"));
        }
        claims.AddRange(user.Scope.Organisations.Select(o => new Claim(Organisation, o.ToString(CultureInfo.InvariantCulture))));
        if (user.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "ja"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>The viewer a principal describes; null when nobody is signed in.</summary>
    public static Viewer? Viewer(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || UserId(principal) is not { } id || Roles.Parse(principal.FindFirstValue(ClaimTypes.Role)) is not { } role)
        {
            return null;
        }
        var scope = principal.HasClaim(AllOrganisations, "ja")
            ? AccessScope.Everything
            : AccessScope.Of(principal.FindAll(Organisation).Select(c => long.Parse(c.Value, CultureInfo.InvariantCulture)));
        return new Viewer(id, principal.Identity.Name ?? "", principal.FindFirstValue(DisplayName) ?? "", role, scope);
    }

    public static long? UserId(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string? SessionId(ClaimsPrincipal principal) => principal.FindFirstValue(Session);

    /// <summary>Signed in with a one-time password: until it is changed, only the password page is open.</summary>
    public static bool MustChangePasswordFirst(ClaimsPrincipal principal) => principal.HasClaim(MustChangePassword, "ja");
}
