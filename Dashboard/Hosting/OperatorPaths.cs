namespace Dashboard.Hosting;

/// <summary>
/// The paths a machine asks rather than a person: /health and /metrics. A load balancer or a scraper asks them on the
/// app's own port over plain HTTP, so they are left out of the HTTPS redirect; they answer without a login of their own.
/// </summary>
public static class OperatorPaths
{
    public static bool Contains(PathString path) =>
        path.StartsWithSegments(HealthEndpoint.Path) || path.StartsWithSegments(MetricsSetup.Path);

    /// <summary>The HTTPS redirect for everything but <see cref="Contains">these paths</see>.</summary>
    public static IApplicationBuilder UseHttpsRedirectionForPeople(this IApplicationBuilder app) =>
        app.UseWhen(context => !Contains(context.Request.Path), branch => branch.UseHttpsRedirection());
}
