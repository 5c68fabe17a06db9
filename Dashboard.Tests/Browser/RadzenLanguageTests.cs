using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Storage;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser;

/// <summary>
/// What a screen reader reads on the parts Radzen draws — a grid's pager, a date picker's button, a dialog's close
/// button — is in the page's language: Dutch on a Dutch page, English after the EN button.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RadzenLanguageTests(BrowserFixture browser)
{
    [BrowserTheory]
    [InlineData("nl", "Paginanavigatie", new[] { "Ga naar de eerste pagina.", "Ga naar de vorige pagina.", "Ga naar pagina 1.", "Ga naar pagina 2.", "Ga naar de volgende pagina.", "Ga naar de laatste pagina." }, "Kalender tonen of verbergen")]
    [InlineData("en", "Pagination", new[] { "Go to first page.", "Go to previous page.", "Go to page 1.", "Go to page 2.", "Go to next page.", "Go to last page." }, "Toggle")]
    public async Task The_audit_logs_pager_and_date_pickers_speak_the_pages_language(string language, string pagination, string[] pagerButtons, string datePicker)
    {
        // Sixty lines of one user: more than the 50 the audit log shows on a page, so it pages.
        var user = "pager-" + Guid.NewGuid().ToString("N")[..8];
        var log = new AuditLog(new Database(browser.App.DatabaseFile), TimeProvider.System);
        for (var i = 1; i <= 60; i++)
        {
            log.Write(user, AuditAction.Export, $"regel {i}", "gelukt");
        }
        await using var tab = await browser.OpenTabAsync();
        var path = $"/auditlog?gebruiker={user}";
        await (language == "en" ? tab.GotoInEnglishAsync(path) : tab.GotoAsync(path));

        var pager = tab.Page.Locator("main .rz-pager");
        await Expect(pager).ToHaveAttributeAsync("aria-label", pagination);
        Assert.Equal(pagerButtons, await pager.Locator(".rz-pager-element").EvaluateAllAsync<string[]>("all => all.map(e => e.getAttribute('aria-label'))"));
        Assert.Equal([datePicker, datePicker], await tab.Page.Locator("main .rz-datepicker-trigger").EvaluateAllAsync<string[]>("all => all.map(e => e.getAttribute('aria-label'))"));

        // The names are the buttons' accessible names: the next page is reached by the name a screen reader says.
        await pager.GetByRole(AriaRole.Button, new() { Name = pagerButtons[4], Exact = true }).ClickAsync();
        await Expect(pager.Locator("[aria-current='page']")).ToHaveAttributeAsync("aria-label", pagerButtons[3]);
        await tab.AssertNoErrorAsync();
    }

    [BrowserTheory]
    [InlineData("nl", "Hoe berekend?", "Venster sluiten")]
    [InlineData("en", "How is this calculated?", "Close dialog")]
    public async Task A_dialogs_close_button_speaks_the_pages_language(string language, string howCalculated, string close)
    {
        await using var tab = await browser.OpenTabAsync();
        await (language == "en" ? tab.GotoInEnglishAsync("/") : tab.GotoAsync("/"));

        await tab.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = howCalculated }).First.ClickAsync();
        var dialog = tab.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator(".rz-dialog-titlebar-close")).ToHaveAttributeAsync("aria-label", close);

        await dialog.GetByRole(AriaRole.Button, new() { Name = close, Exact = true }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
    }
}
