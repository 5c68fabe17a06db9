namespace Dashboard.Hosting;

/// <summary>
/// The paths a machine asks rather than a person: /health. A load balancer asks it on the app's own port over plain
/// HTTP, so it is left out of the HTTPS redirect; it answers without a login of its own.
/// </summary>
public static class OperatorPaths
{
    public static bool Contains(PathString path) =>
        path.StartsWithSegments(HealthEndpoint.Path);

    /// <summary>The HTTPS redirect for everything but <see cref="Contains">these paths</see>.</summary>
    public static IApplicationBuilder UseHttpsRedirectionForPeople(this IApplicationBuilder app) =>
        app.UseWhen(context => !Contains(context.Request.Path), branch => branch.UseHttpsRedirection());
}
