using System.Globalization;
using System.Security.Claims;
using Dashboard.Data.Access;

namespace Dashboard.Access;

/// <summary>
/// A signed-in user as the cookie carries them: id, name, role, scope and security stamp. Any change to the user
/// changes the stamp, and a principal with an old stamp is refused (<see cref="SessionValidation"/>), so the
/// claims never outlive the account they describe.
/// </summary>
public static class ViewerClaims
{
    public const string Scheme = "ImpactDashboard";
    private const string DisplayName = "naam";
    private const string Organisation = "organisatie";
    private const string AllOrganisations = "alle-organisaties";
    private const string Stamp = "stempel";
    private const string MustChangePassword = "wachtwoord-wijzigen";

    public static ClaimsPrincipal Principal(UserAccount user)
    {
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(DisplayName, user.DisplayName),
            new(ClaimTypes.Role, user.Role.Key()),
            new(Stamp, user.SecurityStamp),
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

    public static string? SecurityStamp(ClaimsPrincipal principal) => principal.FindFirstValue(Stamp);

    /// <summary>Signed in with a one-time password: until it is changed, only the password page is open.</summary>
    public static bool MustChangePasswordFirst(ClaimsPrincipal principal) => principal.HasClaim(MustChangePassword, "ja");
}
