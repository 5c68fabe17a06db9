using System.Threading.RateLimiting;
using Dashboard.Data.Access;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace Dashboard.Access;

/// <summary>
/// Login through ASP.NET Core's cookie authentication: the cookie is re-checked on every request, open circuits are
/// re-checked on a timer, and a user with a one-time password sees only the password page until they change it.
/// </summary>
public static class AccessSetup
{
    public const string LoginPath = "/inloggen";
    public const string PasswordPath = "/wachtwoord";
    public const string NoAccessPath = "/geen-toegang";

    /// <summary>Login attempts one address may make in five minutes.</summary>
    public const int LoginAttemptsPerAddress = 30;

    public static IServiceCollection AddAccessControl(this IServiceCollection services, InstallationPaths paths)
    {
        // The keys that sign the login cookie live beside the database, so sessions survive a restart and a move.
        services.AddDataProtection().SetApplicationName("ImpactDashboard").PersistKeysToFileSystem(new DirectoryInfo(paths.CookieKeysFolder));
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
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A download or other endpoint answers 403 itself; a page goes to the page that explains.
                if (IsEndpoint(context.Request.Path))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                }
                context.Response.Redirect(context.RedirectUri);
                return Task.CompletedTask;
            };
        });
        services.AddAuthorization(AccessPolicies.Add);
        services.AddRateLimiter(options =>
        {
            // Lockout stops guessing one account's password; this stops one address trying many accounts.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(LoginPath)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ =>
                        new FixedWindowRateLimiterOptions { PermitLimit = LoginAttemptsPerAddress, Window = TimeSpan.FromMinutes(5) })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "Te veel inlogpogingen vanaf dit adres. Probeer het over een paar minuten opnieuw.", cancellationToken);
            };
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, CircuitRevalidation>();
        services.AddScoped<UserAudit>();
        services.AddSingleton<Passwords>();
        services.AddSingleton<SignIn>();
        services.AddSingleton(sp => new AccountSetup(sp.GetRequiredService<UserStore>(), sp.GetRequiredService<Data.Demo.DemoSeeder>(),
            sp.GetRequiredService<Data.Indicators.IndicatorService>(), sp.GetRequiredService<Passwords>(), sp.GetRequiredService<Data.Audit.AuditLog>(),
            sp.GetRequiredService<IHostEnvironment>(), Console.Out));
        return services;
    }

    /// <summary>Authentication, then: a user signed in with a one-time password goes to the password page first.</summary>
    public static IApplicationBuilder UseAccessControl(this IApplicationBuilder app)
    {
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (ViewerClaims.MustChangePasswordFirst(context.User) && HttpMethods.IsGet(context.Request.Method)
                && !path.StartsWithSegments(PasswordPath) && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments("/_content")
                && !path.StartsWithSegments("/uitloggen") && Path.GetExtension(path.Value) is "" or null)
            {
                context.Response.Redirect(context.Request.PathBase + PasswordPath);
                return;
            }
            await next();
        });
        app.UseAuthorization();
        return app;
    }

    /// <summary>POST /uitloggen: ends the session (a form with an antiforgery token, so no other site can log anyone out).</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/uitloggen", async (HttpContext context, IAntiforgery antiforgery, Data.Audit.AuditLog audit) =>
        {
            // The form carries no other field, so the token is checked here rather than by form binding.
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            if (context.User.Identity?.Name is { } name)
            {
                audit.Write(name, Data.Audit.AuditAction.Afmelden, "afgemeld", "gelukt");
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect(context.Request.PathBase + LoginPath);
        }).AllowAnonymous();
        return endpoints;
    }

    private static bool IsEndpoint(PathString path) => path.StartsWithSegments("/export") || path.StartsWithSegments("/import");
}
