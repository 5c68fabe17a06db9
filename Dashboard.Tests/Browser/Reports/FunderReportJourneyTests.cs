using System.Text.RegularExpressions;
using Dashboard.Data.Administration;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Tests.Browser.Export;
using Dashboard.Tests.Exports.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Dashboard.Tests.Browser.Reports;

/// <summary>
/// The funder report in a real Chromium against the app with the demo sector (docs/funderrapport.md): communications
/// downloads Restaurant Het Vervolg's report for 2025 as Word and as PDF from Goede praktijk, shares the Word document
/// through a link, and someone without an account opens the link in a browser of their own and downloads the very
/// document that was stored, story and all.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FunderReportJourneyTests(BrowserFixture browser)
{
    private const string Practice = "Restaurant Het Vervolg";

    private const string HetVervolg2025 = "/goede-praktijk?praktijk=EHV%2FREST&van=2025-01-01&tot=2025-12-31";

    private (long Id, string Kind, string Title, string FileName, byte[]? Content, long[] Stories) Stored()
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        var link = connection.Query(
            "SELECT id, kind, title, file_name, content FROM share_links ORDER BY id DESC LIMIT 1",
            r => (Id: r.GetInt64(0), Kind: r.GetString(1), Title: r.GetString(2), FileName: r.GetString(3), Content: r.IsDBNull(4) ? null : (byte[])r.GetValue(4))).Single();
        var stories = connection.Query("SELECT story_id FROM share_link_stories WHERE share_link_id = @id", r => r.GetInt64(0), null, ("@id", link.Id));
        return (link.Id, link.Kind, link.Title, link.FileName, link.Content, [.. stories]);
    }

    private long DemoStoryOfHetVervolg()
    {
        using var connection = new Database(browser.App.DatabaseFile).Open();
        return connection.Query(
            """
            SELECT s.id FROM stories s JOIN practices p ON p.id = s.practice_id JOIN stores w ON w.id = p.store_id
            WHERE w.code = 'EHV' AND p.code = 'REST' AND s.title = @title
            """,
            r => r.GetInt64(0), null, ("@title", DemoStories.ByPath["EHV/REST"].Title)).Single();
    }

    [BrowserFact]
    public async Task Communications_makes_het_vervolgs_funder_report_shares_it_and_a_visitor_downloads_the_same_document()
    {
        await using var tab = await browser.OpenTabAsync(signedInAs: Role.Communicatie);
        await tab.GotoAsync(HetVervolg2025);
        await Expect(tab.Page.Locator("main h1")).ToHaveTextAsync(Practice);
        var head = tab.Page.Locator("main .page-head");
        var exports = new ExportScreen(tab);
        var word = head.GetByRole(AriaRole.Link, new() { Name = "Rapport voor een fonds (Word)", Exact = true });
        var pdf = head.GetByRole(AriaRole.Link, new() { Name = "Rapport voor een fonds (PDF)", Exact = true });
        await Expect(word).ToHaveAttributeAsync("href", new Regex(@"^rapport/praktijk\.docx\?.*praktijk=EHV"));
        await Expect(pdf).ToHaveAttributeAsync("href", new Regex(@"^rapport/praktijk\.pdf\?.*praktijk=EHV"));
        await head.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "rapport-kop-1440.png") });

        var (docxName, docx) = await exports.DownloadAsync(word);
        Assert.Equal($"rapport-praktijk-{DateTime.Now:yyyy-MM-dd}.docx", docxName);
        AssertIsHetVervolgsReport(docx);

        var (pdfName, pdfBytes) = await exports.DownloadAsync(pdf);
        Assert.Equal($"rapport-praktijk-{DateTime.Now:yyyy-MM-dd}.pdf", pdfName);
        Assert.Equal("%PDF-"u8.ToArray(), pdfBytes[..5]);
        var pages = ReportPdfPages.Texts(pdfBytes);
        Assert.Contains(Practice, pages[0]);
        Assert.Contains(pages, p => p.StartsWith("Bijlage: verantwoording", StringComparison.Ordinal));
        await tab.AssertNoErrorAsync();

        await head.GetByRole(AriaRole.Button, new() { Name = "Delen via een link" }).ClickAsync();
        var what = head.GetByRole(AriaRole.Group, new() { Name = "Wat deelt u?" });
        await Expect(what.GetByRole(AriaRole.Radio, new() { Name = "Factsheet (PDF)" })).ToBeCheckedAsync();
        await what.GetByRole(AriaRole.Radio, new() { Name = "Rapport voor een fonds (Word)" }).CheckAsync();
        await Expect(what.GetByRole(AriaRole.Radio, new() { Name = "Rapport voor een fonds (Word)" })).ToBeCheckedAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(tab.Page, "Goede praktijk met het paneel Delen via een link open");
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "rapport-delen-1440.png") });
        await head.GetByLabel("Geldig (dagen, 1–90)").FillAsync("14");
        await head.GetByRole(AriaRole.Button, new() { Name = "Link maken" }).ClickAsync();
        await Expect(head.Locator(".share-made")).ToContainTextAsync("Link gemaakt, geldig tot ");
        var address = await head.Locator("input.share-link").InputValueAsync();
        Assert.Matches("^http://[^/]+/gedeeld/[A-Za-z0-9_-]{43}$", address);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "rapport-gedeeld-1440.png") });

        var stored = Stored();
        Assert.Equal("rapport", stored.Kind);
        Assert.Equal($"Impactrapportage {Practice} · 2025", stored.Title);
        Assert.EndsWith(".docx", stored.FileName, StringComparison.Ordinal);
        Assert.NotNull(stored.Content);
        AssertIsHetVervolgsReport(stored.Content);
        Assert.Contains(DemoStoryOfHetVervolg(), stored.Stories);

        await using var visitor = await browser.OpenTabAsync(signedInAs: null);
        var page = visitor.Page;
        var response = await page.GotoAsync(address);
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync(stored.Title);
        await page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "gedeeld-rapport-1440.png"), FullPage = true });
        await AxeCheck.AssertNoSeriousViolationsAsync(page, "de pagina van een gedeeld rapport");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download het bestand" }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        Assert.Equal(stored.FileName, download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        Assert.Equal(stored.Content, bytes.ToArray());
    }

    [BrowserFact]
    public async Task On_a_phone_the_report_links_and_the_open_share_panel_stay_on_the_screen()
    {
        await using var tab = await browser.OpenTabAsync(BrowserFixture.Phone, signedInAs: Role.Communicatie);
        await tab.GotoAsync(HetVervolg2025);
        var head = tab.Page.Locator("main .page-head");
        await head.GetByRole(AriaRole.Button, new() { Name = "Delen via een link" }).ClickAsync();
        var panel = head.Locator(".share-panel");
        await Expect(panel).ToBeVisibleAsync();
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(browser.ScreenshotFolder, "rapport-delen-390.png") });

        foreach (var part in new[]
                 {
                     head.GetByRole(AriaRole.Link, new() { Name = "Rapport voor een fonds (Word)", Exact = true }),
                     head.GetByRole(AriaRole.Link, new() { Name = "Rapport voor een fonds (PDF)", Exact = true }),
                     panel,
                 })
        {
            var box = await part.BoundingBoxAsync() ?? throw new InvalidOperationException("not laid out");
            Assert.True(box.X >= 0 && box.X + box.Width <= BrowserFixture.Phone.Width,
                $"{await part.EvaluateAsync<string>("e => e.outerHTML.slice(0, 80)")} lies at x {box.X}–{box.X + box.Width}, outside the {BrowserFixture.Phone.Width} px screen.");
        }
    }

    private static void AssertIsHetVervolgsReport(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        var texts = body.Descendants<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        Assert.Equal(["Impactrapportage", Practice], texts.Take(2));
        var headings = body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Contains("Kerncijfers", headings);
        Assert.Contains("Verhalen", headings);
        Assert.Contains(DemoStories.ByPath["EHV/REST"].Title, texts);
        Assert.True(body.Descendants<DW.Inline>().Count() >= 3, "The report shows fewer than three charts.");
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
