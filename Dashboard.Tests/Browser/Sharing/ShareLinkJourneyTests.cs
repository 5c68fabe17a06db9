using Dashboard.Data.Administration;
using Dashboard.Data.Storage;
using Dashboard.Sharing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Sharing;

/// <summary>
/// A share link in a real Chromium against the app with the demo sector (docs/weergave-en-export.md#delen-via-een-link):
/// communications shares the restaurants' factsheet, someone without an account opens the link in a browser of their own,
/// sees who shared it and until when and downloads the stored PDF; once revoked on Gedeelde links the link says it no
/// longer exists.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShareLinkJourneyTests(BrowserFixture browser)
{
    private const string Restaurants = "/goede-praktijk?soort=horeca&van=2025-01-01&tot=2025-12-31";

    private (long Id, string Title, string SharedBy, byte[]? Content) Stored(long? id = null)
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        return connection.Query(
            "SELECT id, title, shared_by_name, content FROM share_links WHERE (@id IS NULL OR id = @id) ORDER BY id DESC LIMIT 1",
            r => (r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : (byte[])r.GetValue(3)), null, ("@id", id)).Single();
    }

    [BrowserFact]
    public async Task Communications_shares_the_restaurants_factsheet_a_visitor_downloads_it_and_after_revoking_it_is_gone()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Communicatie);
        await tab.GotoAsync(Restaurants);
        var head = tab.Page.Locator("main .page-head");

        await head.GetByRole(AriaRole.Button, new() { Name = "Delen via een link" }).ClickAsync();
        var days = head.GetByLabel("Geldig (dagen, 1–90)");
        await days.FillAsync("91");
        await head.GetByRole(AriaRole.Button, new() { Name = "Link maken" }).ClickAsync();
        await Expect(head.Locator(".share-problem")).ToHaveTextAsync("Een link is 1 tot 90 dagen geldig: kies een aantal dagen daartussen.");
        await days.FillAsync("14");
        await head.GetByRole(AriaRole.Button, new() { Name = "Link maken" }).ClickAsync();
        await Expect(head.Locator(".share-made")).ToContainTextAsync("Link gemaakt, geldig tot ");
        var address = await head.Locator("input.share-link").InputValueAsync();
        Assert.Matches("^http://[^/]+/gedeeld/[A-Za-z0-9_-]{43}$", address);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "delen-via-een-link-1440.png") });
        var stored = Stored();
        Assert.NotNull(stored.Content);

        // Someone else, in a browser of their own, never signed in.
        await using (var visitor = await browser.OpenTabAsync(signedInAs: null))
        {
            var page = visitor.Page;
            var response = await page.GotoAsync(address);
            Assert.Equal(200, response!.Status);
            await Expect(page.Locator("h1")).ToHaveTextAsync(stored.Title);
            await Expect(page.Locator(".shared-by")).ToHaveTextAsync($"Gedeeld door {stored.SharedBy}");
            await Expect(page.Locator(".valid-until")).ToContainTextAsync("Deze link is geldig tot ");
            await Expect(page.Locator("a")).ToHaveCountAsync(1);
            await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "gedeelde-link-1440.png"), FullPage = true });
            await AxeCheck.AssertNoSeriousViolationsAsync(page, "de pagina van een gedeelde link");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download het bestand" }).ClickAsync());
            Assert.Null(await download.FailureAsync());
            Assert.StartsWith("factsheet-", download.SuggestedFilename, StringComparison.Ordinal);
            await using var stream = await download.CreateReadStreamAsync();
            using var bytes = new MemoryStream();
            await stream.CopyToAsync(bytes);
            Assert.Equal(stored.Content, bytes.ToArray());
        }

        // Revoked on Gedeelde links, after confirming.
        await tab.GotoAsync("/gedeeld");
        var row = tab.Page.Locator($"tr[data-link='{stored.Id}']");
        await Expect(row.Locator(".status")).ToHaveTextAsync("geldig");
        await Expect(row).ToContainTextAsync(stored.SharedBy);
        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, "/gedeeld");
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "gedeeld-1440.png"), FullPage = true });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Link '{stored.Title}' intrekken" }).ClickAsync();
        var dialog = tab.Page.GetByRole(AriaRole.Alertdialog);
        await Expect(dialog).ToContainTextAsync("Wie hem heeft, krijgt daarna niets meer");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Intrekken", Exact = true }).ClickAsync();
        await Expect(row.Locator(".status")).ToHaveTextAsync("ingetrokken");
        Assert.Null(Stored(stored.Id).Content);

        await using (var visitor = await browser.OpenTabAsync(signedInAs: null))
        {
            var page = await visitor.Page.GotoAsync(address);
            var file = await visitor.Page.APIRequest.GetAsync(address + "/bestand");
            Assert.Equal((404, 404), (page!.Status, file.Status));
            await Expect(visitor.Page.Locator("p.gone").First).ToHaveTextAsync(ShareLinkEndpoints.Gone);
            Assert.DoesNotContain("%PDF", await file.TextAsync(), StringComparison.Ordinal);
        }
    }
}
