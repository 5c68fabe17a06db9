using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Annotations;

/// <summary>
/// Annotations in a real Chromium against the app with the demo sector (docs/weergave-en-export.md#gebeurtenissen): the demo's event
/// stands on the restaurant's trend charts with its text; the administrator adds one from Overzicht's trend card and deletes it again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AnnotationJourneyTests(BrowserFixture browser)
{
    private const string Restaurant = "/goede-praktijk?praktijk=EHV/REST&van=2026-01-01&tot=2026-10-31";

    [BrowserFact]
    public async Task The_restaurants_trend_charts_show_the_demo_event_with_its_text_and_a_board_member_cannot_add_one()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Bestuur);
        await tab.GotoAsync(Restaurant);

        var marked = tab.Page.Locator(".chart-card").Filter(new() { Has = tab.Page.Locator(".chart-marks") });
        await Expect(marked).ToHaveCountAsync(2);
        var first = marked.First;
        await Expect(first.Locator(".chart-marks")).ToContainTextAsync("1 jun 2026: Tweede keuken in gebruik genomen");
        // On the chart itself: the marker's text beside its point, in the chart's SVG.
        await Expect(first.Locator(".chart-plot svg text", new() { HasText = "1 jun: Tweede keuken in gebruik genomen" })).ToHaveCountAsync(1);
        await Expect(first.Locator(".chart-plot")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("Gebeurtenissen: 1 jun 2026: Tweede keuken in gebruik genomen"));
        await Expect(tab.Page.GetByRole(AriaRole.Button, new() { Name = "Gebeurtenis toevoegen" })).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator(".mark-delete")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task The_administrator_adds_an_event_from_the_trend_card_and_deletes_it_again()
    {
        var store = new AnnotationStore(new Database(browser.App.DatabaseFile));
        var before = store.All().Count;
        const string text = "Open dag met de gemeente";
        try
        {
            await using var tab = await browser.OpenTabAsync(signedInAs: Role.Beheerder);
            await tab.GotoAsync("/?org=Stichting Tweede Ronde&van=2026-01-01&tot=2026-10-31");
            var card = tab.Page.Locator(".chart-card").Filter(new() { Has = tab.Page.GetByRole(AriaRole.Button, new() { Name = "Gebeurtenis toevoegen" }) });
            await Expect(card).ToHaveCountAsync(1);
            await Expect(card.Locator(".chart-marks")).ToContainTextAsync("11 mei 2026: Extra instroom via gemeente");

            await card.GetByRole(AriaRole.Button, new() { Name = "Gebeurtenis toevoegen" }).ClickAsync();
            var dialog = tab.Page.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToBeVisibleAsync();
            await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Gebeurtenis toevoegen");
            var date = dialog.GetByRole(AriaRole.Textbox, new() { Name = "Datum" });
            await date.FillAsync("15-04-2026");
            await date.PressAsync("Tab");
            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Wat gebeurde er?" }).FillAsync(new string('x', 81));
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
            await Expect(dialog).ToContainTextAsync("De tekst is 81 tekens lang; hoogstens 80");
            await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Gebeurtenis toevoegen with a refused text");

            await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Wat gebeurde er?" }).FillAsync(text);
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();

            await Expect(card.Locator(".chart-marks")).ToContainTextAsync($"15 apr 2026: {text}");
            await Expect(card.Locator(".chart-plot svg text", new() { HasText = $"15 apr: {text}" })).ToHaveCountAsync(1);
            var added = Assert.Single(store.All(), a => a.Text == text);
            Assert.Equal((new DateOnly(2026, 4, 15), (long?)null), (added.Date, added.PracticeId));

            await card.GetByRole(AriaRole.Button, new() { Name = $"Gebeurtenis '{text}' verwijderen" }).ClickAsync();
            await tab.Page.Locator(".rz-dialog").GetByRole(AriaRole.Button, new() { Name = "Verwijderen", Exact = true }).ClickAsync();
            await Expect(card.Locator(".chart-marks")).Not.ToContainTextAsync(text);
            Assert.Equal(before, store.All().Count);
        }
        finally
        {
            foreach (var left in store.All().Where(a => a.Text == text))
            {
                new AnnotationService(store, new Owners(new Database(browser.App.DatabaseFile)),
                    new Data.Administration.Audit.AuditLog(new Database(browser.App.DatabaseFile), TimeProvider.System), TimeProvider.System).Delete(Actor.CommandLine, left.Id);
            }
        }
    }
}
