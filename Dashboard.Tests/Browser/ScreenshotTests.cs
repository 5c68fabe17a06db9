namespace Dashboard.Tests.Browser;

/// <summary>
/// Every page at desktop and phone width: saved as TestResults/screenshots/&lt;page&gt;-&lt;width&gt;.png for people to
/// look at, and checked for what a person would notice at once — a heading, and nothing wider than the screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, int> PagesAtBothWidths
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var page in AppPages.All)
            {
                data.Add(page.Name, BrowserFixture.Desktop.Width);
                data.Add(page.Name, BrowserFixture.Phone.Width);
            }
            return data;
        }
    }

    [BrowserTheory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Every_page_is_saved_as_a_screenshot_and_fits_the_screen(string page, int width)
    {
        var viewport = width == BrowserFixture.Phone.Width ? BrowserFixture.Phone : BrowserFixture.Desktop;
        await using var tab = await browser.OpenTabAsync(viewport);
        await tab.GotoAsync(AppPages.Named(page).Path);
        await AssertSavedAndFittingAsync(tab, page, width);
    }

    public static TheoryData<string, int> LanguagesAtBothWidths => new()
    {
        { "nl", BrowserFixture.Desktop.Width },
        { "nl", BrowserFixture.Phone.Width },
        { "en", BrowserFixture.Desktop.Width },
        { "en", BrowserFixture.Phone.Width },
    };

    /// <summary>The login page, signed out, in both languages: inloggen-nl-1440.png and so on.</summary>
    [BrowserTheory]
    [MemberData(nameof(LanguagesAtBothWidths))]
    public async Task The_login_page_is_saved_as_a_screenshot_and_fits_the_screen(string language, int width)
    {
        var viewport = width == BrowserFixture.Phone.Width ? BrowserFixture.Phone : BrowserFixture.Desktop;
        await using var tab = await browser.OpenTabAsync(viewport, signedInAs: null);
        await tab.GotoFormPageAsync(language == "en" ? "/taal?cultuur=en-GB&terug=%2Finloggen" : "/inloggen");
        await AssertSavedAndFittingAsync(tab, $"inloggen-{language}", width);
    }

    private static async Task AssertSavedAndFittingAsync(AppTab tab, string page, int width)
    {
        var overflow = await tab.Page.EvaluateAsync<int>(
            """
            () => {
                const body = document.querySelector('.rz-body');
                return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
                                body ? body.scrollWidth - body.clientWidth : 0);
            }
            """);

        var file = await tab.SaveScreenshotAsync(page);

        await Microsoft.Playwright.Assertions.Expect(tab.Page.Locator("main h1")).ToBeVisibleAsync();
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is (nearly) empty.");
        Assert.True(overflow <= 0, $"{page} at {width} px is {overflow} px wider than the screen: it scrolls sideways (see {file}).");
    }
}
