using System.Security.Cryptography;

namespace Dashboard.Hosting;

/// <summary>
/// The response headers every page, download and asset carries: a content security policy the app and Radzen work
/// under (scripts only from this site, plus the page's import map by a nonce fresh for every response; inline
/// styles, which Radzen sets; connections — the circuit's WebSocket too — only to this site: 'self' covers ws: and wss:
/// on the same host, in browsers since 2018 and Safari since 16), no MIME sniffing, no framing, no referrer sent elsewhere.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "csp-nonce";

    /// <summary>The nonce of this response, for the one inline script a page has: Blazor's import map.</summary>
    public static string Nonce(HttpContext context) => (string)context.Items[NonceKey]!;

    public static string ContentSecurityPolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Hex, so the attribute needs no HTML encoding (a base64 "+" would be written as &#x2B;).
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
