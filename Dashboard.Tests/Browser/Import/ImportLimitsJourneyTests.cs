using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Import;

/// <summary>
/// Importeren with a file beyond the limits: the page says at once what is wrong — the file or the row — and is ready
/// for the next file, instead of counting "0 rijen gelezen" while the server fills its memory.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportLimitsJourneyTests(BrowserFixture browser) : IDisposable
{
    private readonly TemporaryFolder _files = new();

    [BrowserFact]
    public async Task A_workbook_with_a_cell_in_column_ZZZZZZ_is_refused_at_once_naming_the_cell()
    {
        var path = RawWorkbook.Write(Path.Combine(_files.Path, "winkels-zzz.xlsx"), w =>
        {
            RawWorkbook.Row(w, 1, "organisatie", "winkel", "winkelnaam", "praktijk", "praktijknaam", "soort");
            w.Write("""<row r="2">""");
            RawWorkbook.Cell(w, "A2", "Proefkringloop Grens");
            RawWorkbook.Cell(w, "ZZZZZZ2", "x");
            w.Write("</row>");
        });
        var batches = Count("SELECT COUNT(*) FROM import_batches");
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");

        await new ImportScreen(tab).SetFileAsync(path);

        var problem = tab.Page.Locator(".rz-alert").Filter(new() { HasText = "Dit bestand kan niet worden gelezen" });
        await Expect(problem).ToContainTextAsync("Cel ZZZZZZ2 ligt voorbij kolom ALL; de grens is 1.000 kolommen (instelling Import:MaxColumns).");
        await Expect(tab.Page.Locator("section.progress")).ToHaveCountAsync(0);
        await Expect(tab.Page.Locator("input[type=file]")).ToBeEnabledAsync();
        Assert.Equal(batches, Count("SELECT COUNT(*) FROM import_batches"));
        await tab.AssertNoErrorAsync();
    }

    [BrowserFact]
    public async Task A_store_name_of_ten_thousand_characters_is_reported_at_its_row_and_column()
    {
        var name = new string('N', 10_000);
        var path = Path.Combine(_files.Path, "winkels-lang.csv");
        await File.WriteAllTextAsync(path, $"{StandardStores.Header}\r\nProefkringloop Lang;PKL;{name};Venlo;WINKEL;Winkelvloer;winkel;100\r\n");
        var stores = Count("SELECT COUNT(*) FROM stores");
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/importeren");
        var screen = new ImportScreen(tab);

        await screen.ChooseAsync(path);

        var cells = screen.ReportRows(2).Locator("td");
        await Expect(cells.Nth(1)).ToHaveTextAsync("winkelnaam");
        await Expect(cells.Nth(2)).ToHaveTextAsync(new string('N', 29) + "…");
        await Expect(cells.Nth(3)).ToHaveTextAsync("te lang: 10.000 tekens, hoogstens 150");
        await Expect(screen.ImportButton).ToHaveCountAsync(0);
        Assert.Equal(stores, Count("SELECT COUNT(*) FROM stores"));
    }

    private long Count(string sql)
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        return connection.Scalar<long>(sql);
    }

    public void Dispose() => _files.Dispose();
}
