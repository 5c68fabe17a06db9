using System.Globalization;
using System.Net;
using Dashboard.Access;
using Dashboard.Data.Sharing;

namespace Dashboard.Sharing;

/// <summary>
/// The link a share link is (docs/weergave-en-export.md#delen-via-een-link): <c>/gedeeld/{token}</c>, a small static
/// page — no circuit, no menu, no other link — with the file's title, who shared it and until when, and a button to
/// <c>/gedeeld/{token}/bestand</c>, the stored file. Open to anyone without login (a token is the only key), limited per
/// address (<see cref="AccessSetup"/>). An expired, revoked, wrong or malformed token gets the same 404 and no file.
/// </summary>
public static class ShareLinkEndpoints
{
    /// <summary>What every token that opens nothing gets, in both languages: who holds such a link may read either.</summary>
    public const string Gone = "Deze link bestaat niet (meer). Misschien is hij verlopen of ingetrokken: vraag wie hem met u deelde om een nieuwe.";

    public const string GoneInEnglish = "This link does not exist (any more). It may have expired or been revoked: ask whoever shared it with you for a new one.";

    public static IEndpointRouteBuilder MapShareLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AccessSetup.SharedLinksPath + "/{token}", (string token, HttpContext context, ShareLinkService links) =>
        {
            NotKept(context);
            return links.Open(token) is { } link ? Html(Page(link, token, context, links), StatusCodes.Status200OK) : NotFound();
        }).AllowAnonymous();
        endpoints.MapGet(AccessSetup.SharedLinksPath + "/{token}/bestand", (string token, HttpContext context, ShareLinkService links) =>
        {
            NotKept(context);
            return links.Download(token, ClientAddress.Of(context)) is { } file
                ? Results.File(file.Bytes, file.Link.ContentType, file.Link.FileName)
                : NotFound();
        }).AllowAnonymous();
        return endpoints;
    }

    /// <summary>The address of a link, as the page that made it shows it once.</summary>
    public static string Address(string baseUri, string token) => baseUri.TrimEnd('/') + AccessSetup.SharedLinksPath + "/" + token;

    /// <summary>Neither the page nor the file is kept by a browser or proxy cache, nor indexed: after a revocation nothing lingers.</summary>
    private static void NotKept(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    private static IResult NotFound() => Html(Document("nl", "ImpactDashboard",
        $"""
        <h1>Deze link bestaat niet (meer)</h1>
        <p class="gone">{Encode(Gone)}</p>
        <p class="gone" lang="en">{Encode(GoneInEnglish)}</p>
        """), StatusCodes.Status404NotFound);

    private static string Page(ShareLink link, string token, HttpContext context, ShareLinkService links)
    {
        var culture = link.Culture;
        string T(string key, params object?[] values) => Encode(ShareLinkTexts.Format(key, culture, values));
        var download = context.Request.PathBase + AccessSetup.SharedLinksPath + "/" + token + "/bestand";
        var kilobytes = Math.Max(1, (link.SizeBytes + 512) / 1024).ToString("N0", culture);
        return Document(culture.TwoLetterISOLanguageName, link.Title,
            $"""
            <p class="kind">{Encode(link.Kind.Label(culture))}</p>
            <h1>{Encode(link.Title)}</h1>
            <p class="shared-by">{T("Page.SharedBy", link.SharedByName)}</p>
            <p class="valid-until">{T("Page.ValidUntil", links.Local(link.ExpiresAt).ToString("d MMMM yyyy, HH:mm", culture))}</p>
            <p><a class="download" href="{Encode(download)}" download="{Encode(link.FileName)}">{T("Page.Download")}</a></p>
            <p class="facts">{T("Page.FileFacts", link.FileName, kilobytes)}</p>
            <p class="as-made">{T("Page.AsMade", links.Local(link.CreatedAt).ToString("d MMMM yyyy", culture))}</p>
            """);
    }

    private static string Document(string language, string title, string body) =>
        $$"""
        <!DOCTYPE html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>{{Encode(title)}} — ImpactDashboard</title>
        <style>
        body { margin: 0; background: #f3f4f6; color: #1b1b1f; font: 16px/1.5 "Source Sans 3", "Segoe UI", system-ui, sans-serif; }
        main { max-width: 36rem; margin: 4rem auto; padding: 2rem 2.25rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 1rem; }
        .kind { margin: 0; color: #4a4a55; text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; font-weight: 600; }
        .shared-by, .valid-until { margin: .25rem 0; }
        .download { display: inline-block; margin: 1.25rem 0 .5rem; padding: .7rem 1.3rem; background: #0b5394; color: #fff; border-radius: 4px; text-decoration: none; font-weight: 600; }
        .download:hover, .download:focus { background: #073763; }
        .download:focus-visible { outline: 3px solid #e69f00; outline-offset: 2px; }
        .facts, .as-made { color: #4a4a55; font-size: .9rem; margin: .25rem 0; }
        .product { margin: 1.5rem 0 0; color: #4a4a55; font-size: .8rem; }
        @media (max-width: 40rem) { main { margin: 0; border-radius: 0; min-height: 100vh; box-sizing: border-box; } }
        </style>
        </head>
        <body>
        <main>
        {{body}}
        <p class="product">ImpactDashboard</p>
        </main>
        </body>
        </html>
        """;

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
