using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Export;

/// <summary>
/// The export menus, and the account menu in the header, close as menus do: Escape closes the open one and the focus
/// goes back to its button, a click outside closes it, and opening one closes the other.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportMenuClosingTests(BrowserFixture browser)
{
    private const string Restaurants = "/goede-praktijk?soort=horeca";

    [BrowserFact]
    public async Task Escape_closes_an_export_menu_opened_from_the_keyboard_and_gives_the_focus_back_to_its_button()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var menu = new ExportScreen(tab).Menus.First;
        var button = menu.Locator("summary");

        await button.FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(menu.Locator("ul")).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Tab");
        await Expect(menu.Locator("ul a").First).ToBeFocusedAsync();

        await tab.Page.Keyboard.PressAsync("Escape");

        await Expect(menu.Locator("ul")).ToBeHiddenAsync();
        await Expect(button).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task A_click_outside_an_open_export_menu_closes_it_and_a_click_inside_does_not()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var exports = new ExportScreen(tab);
        var menu = exports.Menus.First;
        await exports.OpenAsync(menu);

        await menu.Locator(".export-note").ClickAsync();
        await Expect(menu.Locator("ul")).ToBeVisibleAsync();

        await tab.Page.Locator("main h1").ClickAsync();
        await Expect(menu.Locator("ul")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Opening_an_export_menu_by_mouse_or_keyboard_closes_the_one_that_was_open()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var exports = new ExportScreen(tab);
        Assert.True(await exports.Menus.CountAsync() >= 3, "The page should have at least three export menus.");
        var (first, second, third) = (exports.Menus.Nth(0), exports.Menus.Nth(1), exports.Menus.Nth(2));
        await exports.OpenAsync(first);

        await exports.OpenAsync(second);
        await Expect(first.Locator("ul")).ToBeHiddenAsync();

        await third.Locator("summary").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(third.Locator("ul")).ToBeVisibleAsync();
        await Expect(second.Locator("ul")).ToBeHiddenAsync();
        await Expect(exports.Menus.Locator("ul:visible")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task The_account_menu_closes_on_escape_and_when_an_export_menu_opens()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync(Restaurants);
        var account = tab.Page.Locator("header details.app-user");
        var panel = account.Locator(".app-user-panel");
        var exports = new ExportScreen(tab);

        await account.Locator("summary").ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await tab.Page.Keyboard.PressAsync("Escape");
        await Expect(panel).ToBeHiddenAsync();
        await Expect(account.Locator("summary")).ToBeFocusedAsync();

        await account.Locator("summary").ClickAsync();
        await Expect(panel).ToBeVisibleAsync();
        await exports.OpenAsync(exports.Menus.First);
        await Expect(panel).ToBeHiddenAsync();
    }
}
