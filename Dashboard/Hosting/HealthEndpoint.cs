using Dashboard.Data.Installation;

namespace Dashboard.Hosting;

/// <summary>
/// GET /health for a load balancer, systemd or a monitor (README, "Health and metrics"): 200 "gezond" when
/// <see cref="InstallationHealth"/> finds nothing wrong, else 503 with a reason that names no file, host or person. Open to
/// anyone, over plain HTTP too (<see cref="OperatorPaths"/>), never cached.
/// </summary>
public static class HealthEndpoint
{
    public const string Path = "/health";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext context, InstallationHealth health) =>
        {
            var status = health.Check();
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(Reason(status), "text/plain; charset=utf-8",
                statusCode: status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous();
        return endpoints;
    }

    public static string Reason(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "gezond",
        HealthStatus.DatabaseUnreachable => "database antwoordt niet",
        HealthStatus.SchemaNotThisVersion => "schema is niet van deze versie",
        HealthStatus.KeyFileDoesNotMatch => "sleutelbestand past niet bij de database",
    };
}
