namespace Dashboard.Hosting;

/// <summary>
/// The Blazor hub (/_blazor: negotiate, WebSocket, long polling) answers only pages of this site. A browser sends
/// the page's Origin with a WebSocket handshake whatever site the page is on, and carries the login cookie along, so
/// without this check another site could open a circuit in a signed-in user's name (cross-site WebSocket hijacking).
/// A request without an Origin does not come from a page in a browser and carries no one else's cookie.
/// </summary>
public static class CircuitOrigin
{
    public const string HubPath = "/_blazor";

    public static IApplicationBuilder UseCircuitOriginCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(HubPath) && !IsSameOrigin(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Geen toegang: deze verbinding komt van een andere website.");
            return;
        }
        await next();
    });

    /// <summary>No Origin, or the same scheme, host and port as this request (as the proxy forwarded it).</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !request.Host.HasValue)
        {
            return false;
        }
        var port = request.Host.Port ?? (request.IsHttps ? 443 : 80);
        return string.Equals(from.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(from.Host, request.Host.Host, StringComparison.OrdinalIgnoreCase)
            && from.Port == port;
    }
}
