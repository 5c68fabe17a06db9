using System.Net;
using System.Text.RegularExpressions;

namespace Dashboard.Tests.TestSupport;

/// <summary>The styles and scripts a server-rendered page links to, as a browser would fetch them.</summary>
public static partial class PageAssets
{
    /// <summary>Every linked .css and .js, and Blazor's script, which the page loads under its fingerprinted name.</summary>
    public static IReadOnlyList<string> Links(string html) =>
        AssetLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Append("_framework/blazor.web.js").ToList();

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js)[^\"]*)\"")]
    private static partial Regex AssetLink();
}
