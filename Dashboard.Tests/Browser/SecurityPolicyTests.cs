namespace Dashboard.Tests.Browser;

/// <summary>
/// The content security policy allows connections only to this site, and the app works under it: the live page's
/// circuit is a WebSocket to this site, and the browser reports nothing it refused.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityPolicyTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task A_live_page_talks_over_a_WebSocket_to_this_site_and_the_policy_refuses_nothing()
    {
        await using var tab = await browser.OpenTabAsync();
        List<Uri> sockets = [];
        tab.Page.WebSocket += (_, socket) =>
        {
            lock (sockets)
            {
                sockets.Add(new Uri(socket.Url));
            }
        };

        await tab.GotoAsync("/vergelijken");

        var site = new Uri(tab.Page.Url);
        lock (sockets)
        {
            Assert.Contains(sockets, socket => socket.Scheme == "ws" && socket.Authority == site.Authority && socket.AbsolutePath == "/_blazor");
        }
        Assert.DoesNotContain("Content Security Policy", tab.Problems, StringComparison.Ordinal);
    }
}
