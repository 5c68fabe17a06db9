using System.Threading.RateLimiting;
using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Dashboard.Access;

/// <summary>
/// Login through ASP.NET Core's cookie authentication: the cookie's session is re-checked on every request, open
/// circuits are re-checked on a timer, and a user with a one-time password reaches only the password page until they
/// change it (<see cref="AccessPolicies"/>).
/// </summary>
public static class AccessSetup
{
    public const string LoginPath = "/inloggen";
    public const string PasswordPath = "/wachtwoord";
    public const string NoAccessPath = "/geen-toegang";

    /// <summary>What a download, post or other request answers while a one-time password is still to change.</summary>
    public const string MustChangePasswordFirst =
        "Geen toegang: u bent ingelogd met een eenmalig wachtwoord. Kies eerst een eigen wachtwoord op de pagina Wachtwoord wijzigen (/wachtwoord).";

    /// <summary>Login attempts one address may make in five minutes.</summary>
    public const int LoginAttemptsPerAddress = 30;

    /// <summary>The share links' page and file, open without login (docs/weergave-en-export.md#delen-via-een-link).</summary>
    public const string SharedLinksPath = "/gedeeld";

    /// <summary>Requests one address may make of share links in five minutes, unless `Access:SharedLinkRequestsPerFiveMinutes` says otherwise.</summary>
    public const int SharedLinkRequestsPerAddress = 60;

    public static IServiceCollection AddAccessControl(this IServiceCollection services, InstallationPaths paths)
    {
        // The keys that sign the login cookie live beside the SQLite database, so sessions survive a restart and a move; on
        // PostgreSQL in the database, shared by every web server.
        var protection = services.AddDataProtection().SetApplicationName("ImpactDashboard");
        if (paths.PostgreSql is null)
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(paths.CookieKeysFolder));
        }
        else
        {
            services.AddOptions<KeyManagementOptions>()
                .Configure<Database>((options, database) => options.XmlRepository = new DatabaseKeyRepository(database));
        }
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.Cookie.Name = "ImpactDashboard.Sessie";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = NoAccessPath;
            options.ReturnUrlParameter = "terug";
            options.Events.OnValidatePrincipal = SessionValidation.ValidatePrincipal;
            options.Events.OnRedirectToAccessDenied = RefuseOrRedirect;
        });
        // The antiforgery cookie goes with the login cookie: over HTTPS only when the site is on HTTPS.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthorization(AccessPolicies.Add);
        services.AddRateLimiter(options =>
        {
            // LoginThrottle slows guessing one name's password; this stops one address trying a few passwords on many names.
            // A share link is open to anyone: its token cannot be guessed, but a script should not be able to try, or to
            // keep the server serving files. A partition of its own per address, apart from the login's.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(LoginPath)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context), _ =>
                        new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerAddress, Window = TimeSpan.FromMinutes(5) })
                    : IsShareLink(context.Request.Path)
                        ? RateLimitPartition.GetFixedWindowLimiter("gedeeld " + ClientAddress.Of(context), _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>()
                                .GetValue("Access:SharedLinkRequestsPerFiveMinutes", SharedLinkRequestsPerAddress),
                            Window = TimeSpan.FromMinutes(5),
                        })
                        : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(IsShareLink(context.HttpContext.Request.Path)
                    ? "Te veel verzoeken om gedeelde links vanaf dit adres. Probeer het over een paar minuten opnieuw."
                    : "Te veel inlogpogingen vanaf dit adres. Probeer het over een paar minuten opnieuw.", cancellationToken);
            };
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        services.AddScoped<CurrentActor>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<SignIn>();
        services.AddSingleton(sp => new AccountSetup(sp.GetRequiredService<UserStore>(), sp.GetRequiredService<Data.Installation.Demo.DemoSeeder>(),
            sp.GetRequiredService<Data.Figures.IndicatorService>(), sp.GetRequiredService<Passwords>(), sp.GetRequiredService<Data.Administration.Audit.AuditLog>(),
            sp.GetRequiredService<IHostEnvironment>(), Console.Out));
        return services;
    }

    /// <summary>A share link's page or file (not the signed-in list at /gedeeld itself).</summary>
    private static bool IsShareLink(PathString path) =>
        path.StartsWithSegments(SharedLinksPath, out var rest) && rest.HasValue && rest.Value!.Length > 1;

    /// <summary>The login rate limit, then the cookie and its session, then the policies.</summary>
    public static IApplicationBuilder UseAccessControl(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>POST /uitloggen: ends the session (a form with an antiforgery token, so no other site can log anyone out).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/uitloggen", async (HttpContext context, IAntiforgery antiforgery, Data.Administration.Audit.AuditLog audit) =>
        {
            // The form carries no other field, so the token is checked here rather than by form binding.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            if (context.User.Identity?.Name is { } name)
            {
                audit.WriteAs(name, new Data.Administration.Audit.AuditLine(Data.Administration.Audit.AuditWordings.LoggedOut));
            }
            await SessionValidation.SignOutAsync(context);
            return Results.Redirect(context.Request.PathBase + LoginPath);
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>
    /// A signed-in user refused by a policy. Opening a page (a GET of a Razor component) goes to the page that explains —
    /// the password page while a one-time password is still to change, else "geen toegang"; anything else, a download,
    /// a form post, the Blazor hub, answers 403 itself.
    /// </summary>
    private static async Task RefuseOrRedirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        var http = context.HttpContext;
        var page = HttpMethods.IsGet(http.Request.Method) && http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        var oneTimePassword = ViewerClaims.MustChangePasswordFirst(http.User);
        if (page)
        {
            context.Response.Redirect(oneTimePassword ? http.Request.PathBase + PasswordPath : context.RedirectUri);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (oneTimePassword)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(MustChangePasswordFirst);
        }
    }
}
