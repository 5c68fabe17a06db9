using System.Text.RegularExpressions;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Storage;
using Dashboard.Tests.Browser.Overview;
using Dashboard.Tests.Installation.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Import;

/// <summary>
/// Importeren as an administrator uses it, against the app with the demo sector. Every journey imports into a
/// store and organisation of its own, with sales in November 2026 (after the demo's last day), so the journeys
/// run in any order and leave what the other browser tests check as it was.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportJourneyTests(BrowserFixture browser) : IDisposable
{
    /// <summary>The period the journeys read their organisation's figures for: all their sales fall in it.</summary>
    private const string November = "van=2026-11-01&tot=2026-11-20";

    private readonly TemporaryFolder _files = new();

    [BrowserFact]
    public async Task A_new_store_and_its_sales_file_show_as_the_organisations_revenue_on_overzicht()
    {
        var store = new TestStore("Proefkringloop Overzicht", "PKO", "WINKEL", "FIETS");
        Sale[] sales =
        [
            store.Sale("WINKEL", 2, 1234.56m, "kleding_textiel", items: 120),
            store.Sale("WINKEL", 3, 310.20m),
            store.Sale("FIETS", 5, 875.00m, "fietsen", items: 3),
        ];
        var salesFile = TestStore.WriteSalesFile(_files.Path, "verkopen-pko-november.csv", sales);
        var expected = FigureFormat.Number(IndicatorCode.E1, sales.Sum(s => s.Revenue));
        Assert.Equal("€ 2.420", expected);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);

        await screen.ImportFileAsync(store.WriteStoresFile(_files.Path, "winkels-pko.csv"));
        await screen.ChooseAsync(salesFile);

        await Expect(screen.Summary.Locator(".summary-counts")).ToContainTextAsync("verkoopregels3");
        var ranges = screen.Summary.Locator(".summary-table tbody tr");
        await Expect(ranges).ToHaveCountAsync(2);
        await Expect(ranges.Nth(0).Locator("td")).ToHaveTextAsync(["PKO", "FIETS", "05-11-2026", "05-11-2026", "1"]);
        await Expect(ranges.Nth(1).Locator("td")).ToHaveTextAsync(["PKO", "WINKEL", "02-11-2026", "03-11-2026", "2"]);
        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, "/importeren with the summary of a sales file");

        var batch = await screen.ImportAsync();

        await Expect(screen.Success).ToContainTextAsync("3 verkoopregels voor 2 winkel/praktijk-combinaties, 02-11-2026 t/m 05-11-2026");
        var row = screen.HistoryRow(batch);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("verkopen");
        await Expect(row).ToContainTextAsync("verkopen-pko-november.csv");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Import {batch} ongedaan maken" })).ToBeVisibleAsync();

        await tab.GotoAsync($"/?org={Uri.EscapeDataString(store.Organisation)}&{November}");

        await Expect(new OverviewScreen(tab).TotalValue(IndicatorCode.E1)).ToHaveTextAsync(expected);
    }

    [BrowserFact]
    public async Task A_file_with_an_error_in_row_7_is_reported_with_row_column_and_value_changes_nothing_and_goes_in_once_corrected()
    {
        var store = new TestStore("Proefkringloop Foutje", "PKF", "WINKEL");
        var sales = Enumerable.Range(2, 8).Select(day => store.Sale("WINKEL", day, 10m * day)).ToArray();
        // Row 1 is the header, so the sixth sale is row 7 as Excel shows it.
        sales[5] = sales[5] with { Category = "meubel" };
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);
        await screen.ImportFileAsync(store.WriteStoresFile(_files.Path, "winkels-pkf.csv"));
        var (salesBefore, batchesBefore) = (Count("SELECT COUNT(*) FROM sales"), Count("SELECT COUNT(*) FROM import_batches"));

        await screen.ChooseAsync(TestStore.WriteSalesFile(_files.Path, "verkopen-pkf-fout.csv", sales));

        await Expect(screen.Report.Locator("h2")).ToHaveTextAsync("1 probleem gevonden");
        await Expect(screen.Report.Locator("tbody tr")).ToHaveCountAsync(1);
        var cells = screen.ReportRows(7).Locator("td");
        await Expect(cells).ToHaveCountAsync(5);
        await Expect(cells.Nth(1)).ToHaveTextAsync("categorie");
        await Expect(cells.Nth(2)).ToHaveTextAsync("meubel");
        await Expect(cells.Nth(3)).ToContainTextAsync("'meubel' is geen bekende");
        await Expect(cells.Nth(4)).ToHaveTextAsync("bedoelt u 'meubels'?");
        await Expect(screen.Preview.Locator("tbody tr").Filter(new() { Has = tab.Page.Locator("th", new() { HasTextRegex = new Regex("^7$") }) })
            .Locator("td.cell-problem")).ToContainTextAsync("meubel");
        await Expect(screen.ImportButton).ToHaveCountAsync(0);
        await Expect(screen.ReplaceCheckbox).ToHaveCountAsync(0);
        Assert.Equal(salesBefore, Count("SELECT COUNT(*) FROM sales"));
        Assert.Equal(batchesBefore, Count("SELECT COUNT(*) FROM import_batches"));
        await Expect(screen.HistoryRows("verkopen-pkf-fout.csv")).ToHaveCountAsync(0);
        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, "/importeren with a validation report");

        var download = await tab.Page.RunAndWaitForDownloadAsync(() =>
            screen.Report.GetByRole(AriaRole.Button, new() { Name = "Download als CSV" }).ClickAsync());

        Assert.Equal("problemen-verkopen-pkf-fout.csv", download.SuggestedFilename);
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal("rij;kolom;waarde;probleem;suggestie", lines[0].TrimStart('\uFEFF'));
        var line = Assert.Single(lines.Skip(1));
        Assert.StartsWith("7;categorie;meubel;", line);
        Assert.EndsWith(";bedoelt u 'meubels'?", line);

        // Corrected in Excel and saved under the same name, the file is chosen again.
        sales[5] = sales[5] with { Category = "meubels" };
        await screen.ChooseAsync(TestStore.WriteSalesFile(_files.Path, "verkopen-pkf-fout.csv", sales));

        await Expect(screen.Summary.Locator(".summary-counts")).ToContainTextAsync("verkoopregels8");
        await screen.ImportAsync();
        Assert.Equal(sales.Length, SalesAt(store));
    }

    [BrowserFact]
    public async Task The_same_sales_file_a_second_time_is_refused_as_already_imported()
    {
        var store = new TestStore("Proefkringloop Dubbel", "PKD", "WINKEL");
        var file = TestStore.WriteSalesFile(_files.Path, "verkopen-pkd.csv", [store.Sale("WINKEL", 9, 99.95m), store.Sale("WINKEL", 10, 45m)]);
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);
        await screen.ImportFileAsync(store.WriteStoresFile(_files.Path, "winkels-pkd.csv"));
        var first = await screen.ImportFileAsync(file);
        var (salesBefore, batchesBefore) = (Count("SELECT COUNT(*) FROM sales"), Count("SELECT COUNT(*) FROM import_batches"));

        await screen.ChooseAsync(file);

        await Expect(screen.Report).ToContainTextAsync($"Dit bestand is al geïmporteerd: import {first} ('verkopen-pkd.csv')");
        await Expect(screen.ImportButton).ToHaveCountAsync(0);
        await Expect(screen.ReplaceCheckbox).ToHaveCountAsync(0);
        await Expect(screen.HistoryRows("verkopen-pkd.csv")).ToHaveCountAsync(1);
        Assert.Equal(salesBefore, Count("SELECT COUNT(*) FROM sales"));
        Assert.Equal(batchesBefore, Count("SELECT COUNT(*) FROM import_batches"));
        Assert.Equal(2, SalesAt(store));
    }

    [BrowserFact]
    public async Task An_overlapping_file_replaces_only_when_asked_and_undoing_it_brings_the_figures_back()
    {
        var store = new TestStore("Proefkringloop Vervang", "PKV", "WINKEL");
        Sale[] stored = [.. Enumerable.Range(2, 5).Select(day => store.Sale("WINKEL", day, 100m * (day - 1)))];
        Sale[] correction =
        [
            store.Sale("WINKEL", 4, 350m), store.Sale("WINKEL", 5, 450m), store.Sale("WINKEL", 6, 550m), store.Sale("WINKEL", 9, 1000m),
        ];
        var overview = $"/?org={Uri.EscapeDataString(store.Organisation)}&{November}";
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);
        await screen.ImportFileAsync(store.WriteStoresFile(_files.Path, "winkels-pkv.csv"));
        var storedBatch = await screen.ImportFileAsync(TestStore.WriteSalesFile(_files.Path, "verkopen-pkv-week45.csv", stored));
        await tab.GotoAsync(overview);
        var revenue = new OverviewScreen(tab).TotalValue(IndicatorCode.E1);
        await Expect(revenue).ToHaveTextAsync(FigureFormat.Number(IndicatorCode.E1, stored.Sum(s => s.Revenue)));
        var before = await revenue.InnerTextAsync();

        await tab.GotoAsync("/importeren");
        await screen.ChooseAsync(TestStore.WriteSalesFile(_files.Path, "verkopen-pkv-correctie.csv", correction));

        await Expect(screen.Report).ToContainTextAsync(
            $"winkel PKV, praktijk WINKEL: dit bestand loopt van 04-11-2026 t/m 09-11-2026, maar er zijn in die periode al 3 verkoopregels opgeslagen " +
            $"(import {storedBatch} 'verkopen-pkv-week45.csv', 04-11-2026 t/m 06-11-2026)");
        await Expect(screen.ImportButton).ToHaveCountAsync(0);

        await screen.ReplaceCheckbox.ClickAsync();

        await Expect(screen.ReplaceCheckbox).ToBeCheckedAsync();
        await Expect(screen.Summary.Locator(".summary-counts")).ToContainTextAsync("opgeslagen regels vervangen3");
        await Expect(screen.Summary.Locator(".summary-table thead th").Last).ToHaveTextAsync("Vervangt");
        await Expect(screen.Summary.Locator(".summary-table tbody tr td")).ToHaveTextAsync(["PKV", "WINKEL", "04-11-2026", "09-11-2026", "4", "3"]);
        var replacing = await screen.ImportAsync();
        await Expect(screen.HistoryRow(replacing)).ToContainTextAsync("vervangen");
        Assert.Equal(2 + correction.Length, SalesAt(store));

        await tab.GotoAsync(overview);

        var replaced = stored.Where(s => s.Date < correction.Min(c => c.Date)).Sum(s => s.Revenue) + correction.Sum(s => s.Revenue);
        await Expect(revenue).ToHaveTextAsync(FigureFormat.Number(IndicatorCode.E1, replaced));
        Assert.NotEqual(before, await revenue.InnerTextAsync());

        await tab.GotoAsync("/importeren");
        await screen.HistoryRow(replacing).GetByRole(AriaRole.Button, new() { Name = $"Import {replacing} ongedaan maken" }).ClickAsync();
        var dialog = tab.Page.GetByRole(AriaRole.Alertdialog);
        await Expect(dialog).ToContainTextAsync(
            $"Import {replacing} ('verkopen-pkv-correctie.csv') ongedaan maken? 4 verkoopregels gaan eruit; 3 eerder vervangen regels komen terug.");
        await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Import ongedaan maken");
        var clicked = DateTime.Now;
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ongedaan maken" }).ClickAsync();

        await Expect(dialog).ToBeHiddenAsync();
        var undone = screen.HistoryRow(replacing).Locator(".rz-badge");
        await Expect(undone).ToHaveTextAsync(new Regex($"^ongedaan op ({clicked:dd-MM-yyyy}|{DateTime.Now:dd-MM-yyyy})$"));
        Assert.True(await ImportScreen.IsReadableAsync(undone), "The date of the undo is cut off in the history.");
        await Expect(screen.HistoryRow(replacing).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal(stored.Length, SalesAt(store));
        await tab.GotoAsync(overview);
        await Expect(revenue).ToHaveTextAsync(before);
    }

    /// <summary>
    /// Each kind in the order the page asks for, Excel and CSV alternating so both kinds of link are followed. The
    /// examples refer to this installation's first real practice (the fictional VBK the winkels template creates, or
    /// a journey's own store when one ran first) and the sale is dated today, which no other journey uses: so the
    /// sales template is new in every run, and the others, imported before, are simply updates (the investment is this year's).
    /// </summary>
    [BrowserFact]
    public async Task Each_template_downloaded_from_the_page_imports_as_it_comes()
    {
        (string Kind, string Link, string FileName, string Done)[] templates =
        [
            ("Winkels en goede praktijken", "Excel (.xlsx)", "sjabloon-winkels.xlsx", "1 rij: "),
            ("Deelnemers (trajecten)", "CSV", "sjabloon-deelnemers.csv", "1 traject: "),
            ("Certificaten", "Excel (.xlsx)", "sjabloon-certificaten.xlsx", "1 certificaat: "),
            ("Verkopen", "CSV", "sjabloon-verkopen.csv", "1 verkoopregel voor 1 winkel/praktijk"),
            ("Investeringen", "Excel (.xlsx)", "sjabloon-investeringen.xlsx", "1 investering: "),
        ];
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);

        foreach (var (kind, link, fileName, done) in templates)
        {
            var template = tab.Page.Locator("section.templates .template").Filter(new() { HasText = kind });
            var download = await tab.Page.RunAndWaitForDownloadAsync(() =>
                template.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
            Assert.Equal(fileName, download.SuggestedFilename);
            var path = Path.Combine(_files.Path, download.SuggestedFilename);
            await download.SaveAsAsync(path);

            await screen.ChooseAsync(path);

            await Expect(screen.Summary).ToBeVisibleAsync();
            var batch = await screen.ImportAsync();
            await Expect(screen.Success).ToContainTextAsync(done);
            await Expect(screen.HistoryRow(batch)).ToContainTextAsync(fileName);
        }
    }

    private long Count(string sql, params (string, object?)[] parameters)
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        return connection.Scalar<long>(sql, null, parameters);
    }

    private long SalesAt(TestStore store) => Count(
        "SELECT COUNT(*) FROM sales s JOIN practices p ON p.id = s.practice_id JOIN stores st ON st.id = p.store_id WHERE st.code = $store",
        ("$store", store.Code));

    public void Dispose() => _files.Dispose();
}
