using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Import;

/// <summary>Importeren as an administrator sees it: the file chooser, the check's summary or report, the import button, the history.</summary>
public sealed partial class ImportScreen(AppTab tab)
{
    private IPage Page => tab.Page;

    /// <summary>"3. Dit gaat er gebeuren": what the import would do, shown when the check found no problem.</summary>
    public ILocator Summary => Page.Locator("section.summary").Filter(new() { HasText = "Dit gaat er gebeuren" });

    /// <summary>The problems the check found.</summary>
    public ILocator Report => Page.Locator("section.report");

    /// <summary>The first rows as the importer understood them.</summary>
    public ILocator Preview => Page.Locator("section.preview");

    public ILocator ImportButton => Page.GetByRole(AriaRole.Button, new() { Name = "Importeren", Exact = true });

    public ILocator ReplaceCheckbox => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Vervang bestaande gegevens" });

    public ILocator Success => Page.Locator(".rz-alert").Filter(new() { HasText = "Geïmporteerd als import" });

    public ILocator History => Page.Locator("section.history");

    /// <summary>The history's row of one import batch, by its number in the first column.</summary>
    public ILocator HistoryRow(long batch) => History.Locator("tbody tr")
        .Filter(new() { Has = Page.Locator("td:first-child", new() { HasTextRegex = new Regex($@"^\s*{batch}\s*$") }) });

    /// <summary>The history's rows that name this file.</summary>
    public ILocator HistoryRows(string fileName) => History.Locator("tbody tr").Filter(new() { HasText = fileName });

    /// <summary>The report's rows about one row of the file.</summary>
    public ILocator ReportRows(int row) => Report.Locator("tbody tr")
        .Filter(new() { Has = Page.Locator("td:first-child", new() { HasTextRegex = new Regex($@"^\s*{row}\s*$") }) });

    /// <summary>
    /// Chooses a file as a person does and waits until the check is done: a summary with the Importeren button, or a report.
    /// What the page showed for an earlier file must go first, or a stale report would pass for the new one.
    /// </summary>
    public async Task ChooseAsync(string path)
    {
        var earlier = await Page.Locator("section.report, section.summary, section.preview, .rz-alert").ElementHandlesAsync();
        await SetFileAsync(path);
        try
        {
            foreach (var element in earlier)
            {
                await element.WaitForElementStateAsync(ElementState.Hidden);
            }
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The page still shows what it showed before {Path.GetFileName(path)} was chosen: the choice never reached it " +
                                       $"(a browser reports a file chosen again in the same file input as no change). {tab.Problems}");
        }
        await Expect(Page.Locator(".chosen strong")).ToHaveTextAsync(Path.GetFileName(path));
        await Expect(ImportButton.Or(Report)).ToBeVisibleAsync();
        await tab.AssertNoErrorAsync();
    }

    /// <summary>
    /// Puts a file in the file input once the input listens. Blazor's InputFile hears a choice only through the listener its
    /// script adds after the input was rendered (a round trip after the circuit's render, and again for the new input the page
    /// puts in after every choice); a file chosen before that is lost without a trace. Under load that gap was long enough for a
    /// choice to vanish, so this waits for the listener, marked on the element by that script, and for the input to be enabled.
    /// </summary>
    public async Task SetFileAsync(string path)
    {
        try
        {
            await Page.WaitForFunctionAsync(
                "() => { const input = document.querySelector('input[type=file]'); return input !== null && !input.disabled && input._blazorInputFileNextFileId !== undefined; }",
                null, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The file input did not start listening: Blazor's InputFile script never set it up. {tab.Problems}");
        }
        await Page.SetInputFilesAsync("input[type=file]", path);
    }

    /// <summary>Clicks Importeren and returns the number of the import from the success alert.</summary>
    public async Task<long> ImportAsync()
    {
        await ImportButton.ClickAsync();
        await Expect(Success).ToBeVisibleAsync();
        var title = await Success.InnerTextAsync();
        return long.Parse(BatchNumber().Match(title).Groups[1].Value);
    }

    /// <summary>Chooses a file that must pass the check and imports it.</summary>
    public async Task<long> ImportFileAsync(string path)
    {
        await ChooseAsync(path);
        await Expect(Summary).ToBeVisibleAsync();
        return await ImportAsync();
    }

    /// <summary>Whether all of an element shows: nothing around it, up to its table cell, cuts it off.</summary>
    public static Task<bool> IsReadableAsync(ILocator element) => element.EvaluateAsync<bool>(
        """
        el => {
            const box = el.getBoundingClientRect();
            for (let around = el.parentElement; around && around.tagName !== 'TR'; around = around.parentElement) {
                const edge = around.getBoundingClientRect();
                if (getComputedStyle(around).overflowX !== 'visible' && (box.left < edge.left - 0.5 || box.right > edge.right + 0.5)) {
                    return false;
                }
            }
            return el.scrollWidth <= el.clientWidth;
        }
        """);

    [GeneratedRegex(@"Geïmporteerd als import (\d+)")]
    private static partial Regex BatchNumber();
}
