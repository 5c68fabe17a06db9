using System.Globalization;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Stories;

/// <summary>
/// Stories on Goede praktijk in a real Chromium against the app with the demo sector (docs/verhalen.md): the demo story of
/// Restaurant Het Vervolg is there; the administrator adds one, a phone number in it is refused with what and where, and
/// once it is gone the story appears — and goes again when consent is withdrawn.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryJourneyTests(BrowserFixture browser)
{
    private const string HetVervolg = "/goede-praktijk?praktijk=EHV%2FREST";

    [BrowserFact]
    public async Task An_administrator_adds_a_story_a_phone_number_is_refused_and_withdrawing_consent_removes_it()
    {
        const string title = "Jaimy staat nu zelf in de keuken";
        try
        {
            await using var tab = await browser.OpenTabAsync();
            await tab.GotoAsync(HetVervolg);
            var stories = tab.Page.Locator("section.stories");
            await Expect(stories.GetByRole(AriaRole.Heading, new() { Name = "Verhalen" })).ToBeVisibleAsync();
            await Expect(stories.GetByRole(AriaRole.Heading, new() { Name = DemoStories.ByPath["EHV/REST"].Title })).ToBeVisibleAsync();

            await stories.GetByRole(AriaRole.Button, new() { Name = "Verhaal toevoegen" }).ClickAsync();
            var dialog = tab.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog.Locator("input[name='story-title']")).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Verhaal toevoegen");

            var today = DateTime.Today.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            await dialog.Locator("input[name='story-title']").FillAsync(title);
            await dialog.Locator("textarea[name='story-text']").FillAsync("Jaimy begon in de afwas. Bel hem gerust: 06-12345678.");
            await dialog.Locator("input[name='story-date']").FillAsync(today);
            await dialog.Locator("input[name='story-date']").PressAsync("Tab");
            await dialog.Locator("input[name='story-consent']").FillAsync(today);
            await dialog.Locator("input[name='story-consent']").PressAsync("Tab");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await Expect(dialog.Locator(".field-error")).ToContainTextAsync(
                "De tekst bevat iets wat op een telefoonnummer lijkt: ‘06-12345678’. Een verhaal noemt alleen een voornaam of schuilnaam.");
            Assert.Equal(0, Count(title));
            await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "verhaal-toevoegen-1440.png") });

            await dialog.Locator("textarea[name='story-text']").FillAsync("Jaimy begon in de afwas en staat nu zelf in de keuken.");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

            await Expect(dialog).ToHaveCountAsync(0);
            var card = stories.Locator("li.story-card", new() { Has = tab.Page.GetByRole(AriaRole.Heading, new() { Name = title }) });
            await Expect(card).ToBeVisibleAsync();
            await Expect(card.Locator(".story-text")).ToHaveTextAsync("Jaimy begon in de afwas en staat nu zelf in de keuken.");
            Assert.Equal(1, Count(title));

            await card.GetByRole(AriaRole.Button, new() { Name = "Toestemming ingetrokken — verhaal verwijderen" }).ClickAsync();
            await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Verhaal verwijderen", Exact = true }).ClickAsync();

            await Expect(card).ToHaveCountAsync(0);
            Assert.Equal(0, Count(title));
        }
        finally
        {
            using var connection = new Database(browser.App.DatabaseFile).Open();
            connection.Execute("DELETE FROM stories WHERE title = @title", null, ("@title", title));
        }
    }

    private long Count(string title)
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        return connection.Scalar<long>("SELECT COUNT(*) FROM stories WHERE title = @title", null, ("@title", title));
    }
}
