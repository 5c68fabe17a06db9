using System.Globalization;
using Bunit;
using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Resources;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using Radzen.Blazor.Rendering;

namespace Dashboard.Tests.Components;

/// <summary>
/// bUnit with what the app's components need: Radzen's services, its JavaScript answered loosely (the chart
/// gets a fixed size, as in Radzen's own tests, so its series render), the localizers (the app's words and, as the app
/// registers them, Radzen's own), and Dutch unless a test switches to English.
/// </summary>
public abstract class ComponentTestContext : BunitContext
{
    protected static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    protected static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    protected ComponentTestContext()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Dutch, Dutch);
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.Setup<Rect>("Radzen.createChart", _ => true).SetResult(new Rect { Width = 800, Height = 320 });
        Services.AddRadzenComponents().AddSingleton<ILocalizer, RadzenTexts>();
        Services.AddLocalization();
    }

    /// <summary>
    /// Signed in as an administrator with the claims a login gives one (an id no test user has, the role, every organisation), so the page's
    /// actions reach the action services as that user.
    /// </summary>
    protected void SignInAsAdministrator(string userName, long userId = 1000) =>
        SignInAs(new UserAccount(userId, userName, "Beheerder", Role.Beheerder, AccessScope.Everything, "", false, false, false));

    /// <summary>Signed in as this user, with the claims a login gives them.</summary>
    protected void SignInAs(UserAccount account) =>
        AddAuthorization().SetAuthorized(account.UserName).SetClaims(
            [.. ViewerClaims.Principal(account, "sessie").Claims.Where(c => c.Type != System.Security.Claims.ClaimTypes.Name)]);

    /// <summary>The rest of the test runs as after the EN button: en-GB words and numbers.</summary>
    protected static void SwitchToEnglish() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (English, English);
}
