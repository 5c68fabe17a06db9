using System.Globalization;
using Dashboard.Data.Domain;
using Microsoft.AspNetCore.Localization;

namespace Dashboard.Hosting;

/// <summary>
/// Dutch first, English on request (docs/weergave-en-export.md#taal): nl-NL or en-GB for numbers, dates and words, chosen by a cookie
/// that the language switch sets through <c>/taal</c>; a circuit keeps the culture of the request that started it.
/// </summary>
public static class UiCulture
{
    public static readonly string[] Supported = ["nl-NL", "en-GB"];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.IsEnglish();

    /// <summary>The page's language as the culture the core's renderers take: nl-NL or en-GB.</summary>
    public static CultureInfo Current => Language.Of(CultureInfo.CurrentUICulture);

    public static IApplicationBuilder UseUiCulture(this IApplicationBuilder app) =>
        app.UseRequestLocalization(new RequestLocalizationOptions()
            .SetDefaultCulture(Supported[0])
            .AddSupportedCultures(Supported)
            .AddSupportedUICultures(Supported));

    /// <summary>GET /taal?cultuur=en-GB&amp;terug=/vergelijken?... sets the cookie and goes back (a full reload, so the circuit restarts in the new language).</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/taal", (string cultuur, string? terug, HttpContext context) =>
        {
            var culture = Supported.Contains(cultuur) ? cultuur : Supported[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(LocalPath.OrHome(terug));
        }).AllowAnonymous();
        return endpoints;
    }
}
