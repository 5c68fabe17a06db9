using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>
/// The funder report as Word writes it (docs/funderrapport.md): a document Word opens without repairs, whose headings,
/// tables, charts and footer are Word's own, so the navigation pane, a table of contents and a screen reader find them.
/// </summary>
public sealed class ReportWordTests
{
    [Fact]
    public void The_document_is_valid_for_word()
    {
        var docx = ReportWord.Write(ReportWordSample.Report());
        if (Environment.GetEnvironmentVariable("REPORT_PREVIEW") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, docx);
        }

        AssertValid(docx);
    }

    [Fact]
    public void The_english_document_is_valid_too()
    {
        AssertValid(ReportWord.Write(ReportWordSample.Report(Language.English)));
    }

    [Fact]
    public void Headings_are_words_own_in_the_order_of_the_report()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var body = document.MainDocumentPart!.Document.Body!;

        var headings = body.Elements<Paragraph>().Where(p => Style(p)?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (Style(p), p.InnerText));
        Assert.Equal([("Heading1", "Samenvatting"), ("Heading2", "Deelnemers"), ("Heading3", "Per winkel"), ("Heading1", ReportWordSample.Appendix)], headings);
        Assert.Equal(ReportWordSample.Title, Assert.Single(body.Elements<Paragraph>(), p => Style(p) == "Title").InnerText);
        Assert.Equal("Werk en meedoen · 1 januari – 31 december 2025", Assert.Single(body.Elements<Paragraph>(), p => Style(p) == "Subtitle").InnerText);
    }

    [Fact]
    public void The_styles_are_defined_with_their_built_in_names_and_the_headings_with_outline_levels()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        foreach (var (id, name) in new[] { ("Normal", "Normal"), ("Title", "Title"), ("Subtitle", "Subtitle"), ("Heading1", "heading 1"),
                     ("Heading2", "heading 2"), ("Heading3", "heading 3"), ("Quote", "Quote"), ("ListParagraph", "List Paragraph"), ("TableGrid", "Table Grid") })
        {
            Assert.True(styles.ContainsKey(id), $"style {id} is missing");
            Assert.Equal(name, styles[id].StyleName!.Val!.Value);
        }
        Assert.Equal([0, 1, 2], new[] { "Heading1", "Heading2", "Heading3" }.Select(id => styles[id].StyleParagraphProperties!.OutlineLevel!.Val!.Value));
        Assert.Equal(StyleValues.Table, styles["TableGrid"].Type!.Value);
        Assert.Equal("Toelichting", styles["Note"].StyleName!.Val!.Value);
        Assert.Equal("17", styles["Note"].StyleRunProperties!.FontSize!.Val!.Value);
    }

    [Fact]
    public void The_text_is_arial_in_the_report_language()
    {
        using var dutch = Open(ReportWord.Write(ReportWordSample.Report()));
        using var english = Open(ReportWord.Write(ReportWordSample.Report(Language.English)));

        var defaults = dutch.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Arial", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Arial", defaults.RunFonts.HighAnsi!.Value);
        Assert.Equal("nl-NL", defaults.Languages!.Val!.Value);
        Assert.Equal("en-GB", english.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Empty(dutch.MainDocumentPart.FontTablePart?.Fonts.Elements<Font>().Where(f => f.HasChildren && f.Descendants<EmbedRegularFont>().Any()) ?? []);
    }

    [Fact]
    public void The_core_properties_name_the_report()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));

        Assert.Equal(ReportWordSample.Title, document.PackageProperties.Title);
        Assert.Equal(ReportWordSample.Subject, document.PackageProperties.Subject);
        Assert.Equal("ImpactDashboard", document.PackageProperties.Creator);
        Assert.Equal("nl-NL", document.PackageProperties.Language);
    }

    [Fact]
    public void Tables_hold_the_cells_of_the_model_under_a_repeating_header()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();

        Assert.Equal(2, tables.Count);
        foreach (var (table, model) in tables.Zip([ReportWordSample.Participants, ReportWordSample.PerStore]))
        {
            Assert.Equal("TableGrid", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
            Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.TableLayout!.Type!.Value);
            var rows = table.Elements<TableRow>().ToList();
            Assert.Equal([model.Header, .. model.Rows], rows.Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()));
            Assert.Equal([true, .. model.Rows.Select(_ => false)], rows.Select(r => r.TableRowProperties!.Elements<TableHeader>().Any()));
            Assert.All(rows, r => Assert.Single(r.TableRowProperties!.Elements<CantSplit>()));
            Assert.All(rows[0].Elements<TableCell>(), c => Assert.True(c.Descendants<Bold>().Any(), $"header cell {c.InnerText} is not bold"));
            Assert.All(rows[0].Elements<TableCell>(), c => Assert.Equal("E8EAF6", c.TableCellProperties!.Shading!.Fill!.Value));
            foreach (var row in rows)
            {
                Assert.Equal(model.Numeric, row.Elements<TableCell>().Select(c =>
                    c.GetFirstChild<Paragraph>()!.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right));
            }
        }
    }

    [Fact]
    public void Columns_share_the_text_width_as_the_model_weighs_them()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var table = document.MainDocumentPart!.Document.Body!.Elements<Table>().First();

        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.Equal(11906 - 2 * 1417, widths.Sum());
        Assert.Equal([4948, 1649, 2475], widths);
    }

    [Fact]
    public void Relative_widths_that_do_not_fit_the_columns_give_equal_columns()
    {
        Assert.Equal([3024, 3024, 3024], WordTable.Widths([1, 2], 3, 9072));
        Assert.Equal([3024, 3024, 3024], WordTable.Widths([1, double.NaN, 2], 3, 9072));
        Assert.Equal([3024, 3024, 3024], WordTable.Widths([0, 0, 0], 3, 9072));
    }

    [Fact]
    public void An_empty_cell_still_holds_a_paragraph()
    {
        var table = new ReportTable(["Winkel", "Deelnemers"], [["Zwolle", ""], ["Venlo"]], [false, true], [1, 1]);
        using var document = Open(ReportWord.Write(new FunderReport("T", "S", Language.Dutch, [table])));

        var cells = document.MainDocumentPart!.Document.Body!.Descendants<TableCell>().ToList();
        Assert.Equal(6, cells.Count);
        Assert.All(cells, c => Assert.Single(c.Elements<Paragraph>()));
        AssertValid(ReportWord.Write(new FunderReport("T", "S", Language.Dutch, [table])));
    }

    [Fact]
    public void Each_picture_is_an_inline_png_at_the_text_width_with_its_description()
    {
        var second = ReportWordSample.Picture("Tweede grafiek");
        var report = ReportWordSample.Report() with { Blocks = [.. ReportWordSample.Report().Blocks, second] };
        using var document = Open(ReportWord.Write(report));
        var main = document.MainDocumentPart!;

        var inlines = main.Document.Body!.Descendants<DW.Inline>().ToList();
        Assert.Equal(2, inlines.Count);
        Assert.Equal([report.Blocks.OfType<ReportPicture>().First().Description, "Tweede grafiek"], inlines.Select(i => i.DocProperties!.Description!.Value));
        Assert.Equal(2, inlines.Select(i => i.DocProperties!.Id!.Value).Distinct().Count());
        foreach (var inline in inlines)
        {
            Assert.Equal((11906 - 2 * 1417) * 635L, inline.Extent!.Cx!.Value);
            Assert.Equal(inline.Extent.Cx.Value * second.HeightPixels / second.WidthPixels, inline.Extent.Cy!.Value, tolerance: 1);
            var blip = inline.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            var image = Assert.IsType<ImagePart>(main.GetPartById(blip.Embed!.Value!));
            Assert.Equal("image/png", image.ContentType);
            using var stream = image.GetStream();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.Equal(ReportWordSample.ChartPng, bytes.ToArray());
        }
    }

    [Fact]
    public void A_tall_picture_is_narrowed_to_fit_on_a_page()
    {
        var (width, height) = WordPicture.Size(100, 1000, 9072);

        Assert.Equal(WordPicture.MaxHeight * 635L, height);
        Assert.Equal(1100 * 635L, width);
    }

    [Fact]
    public void The_cover_fills_the_first_page_and_the_appendix_starts_a_new_one()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var body = document.MainDocumentPart!.Document.Body!;

        var breaks = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.PageBreakBefore is not null).Select(p => p.InnerText);
        Assert.Equal(["Samenvatting", ReportWordSample.Appendix], breaks);
        Assert.DoesNotContain(body.Descendants<Break>(), b => b.Type?.Value == BreakValues.Page);
        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal("Door ImpactDashboard", paragraphs[paragraphs.FindIndex(p => p.InnerText == "Samenvatting") - 1].InnerText);
    }

    [Fact]
    public void A_page_break_at_the_end_or_twice_makes_no_empty_page()
    {
        var report = new FunderReport("T", "S", Language.Dutch,
            [new ReportPageBreak(), new ReportHeading(1, "Een"), new ReportPageBreak(), new ReportPageBreak(), new ReportHeading(1, "Twee"), new ReportPageBreak()]);
        using var document = Open(ReportWord.Write(report));
        var body = document.MainDocumentPart!.Document.Body!;

        Assert.Equal(["Een", "Twee"], body.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal([false, true], body.Elements<Paragraph>().Select(p => p.ParagraphProperties?.PageBreakBefore is not null));
    }

    [Fact]
    public void A_table_after_a_page_break_starts_the_new_page_with_its_first_cell()
    {
        var report = new FunderReport("T", "S", Language.Dutch, [new ReportParagraph("Voor"), new ReportPageBreak(), ReportWordSample.Participants]);
        var docx = ReportWord.Write(report);
        using var document = Open(docx);

        var first = document.MainDocumentPart!.Document.Body!.Elements<Table>().Single().Descendants<Paragraph>().First();
        Assert.NotNull(first.ParagraphProperties!.PageBreakBefore);
        AssertValid(docx);
    }

    [Fact]
    public void Every_page_after_the_cover_has_the_footer_with_its_page_number()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.GetFirstChild<SectionProperties>()!;

        var footers = section.Elements<FooterReference>().ToDictionary(f => f.Type!.Value, f => (FooterPart)main.GetPartById(f.Id!.Value!));
        var footer = footers[HeaderFooterValues.Default].Footer!;
        Assert.Equal(" PAGE ", Assert.Single(footer.Descendants<SimpleField>()).Instruction!.Value);
        Assert.Equal(["ImpactDashboard · Kringloop Aan de Maas", "pagina "], footer.Descendants<Text>().Take(2).Select(t => t.Text));
        Assert.Single(footer.Descendants<TabChar>());
        Assert.Equal("", footers[HeaderFooterValues.First].Footer!.InnerText);
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.Equal([11906u, 16838u], new[] { section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value });
        Assert.Equal(1417u, section.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void Without_a_cover_the_first_page_has_the_footer_too_and_in_english_it_says_page()
    {
        using var document = Open(ReportWord.Write(new FunderReport("Zwolle", "S", Language.English, [new ReportHeading(1, "Summary")])));
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.GetFirstChild<SectionProperties>()!;

        var reference = Assert.Single(section.Elements<FooterReference>());
        Assert.Equal(HeaderFooterValues.Default, reference.Type!.Value);
        var footer = ((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!;
        Assert.Equal(["ImpactDashboard · Zwolle", "page "], footer.Descendants<Text>().Take(2).Select(t => t.Text));
        Assert.Single(footer.Descendants<SimpleField>(), f => f.Instruction!.Value == " PAGE ");
        Assert.Null(section.GetFirstChild<TitlePage>());
    }

    [Fact]
    public void Bullets_are_a_list_from_the_numbering_part()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var main = document.MainDocumentPart!;

        var items = main.Document.Body!.Elements<Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties is not null).ToList();
        Assert.Equal(["1.250 deelnemers in Zwolle Noord", "864 deelnemers aan de Maas", "Eén winkel afgeschermd: minder dan 5 deelnemers"], items.Select(p => p.InnerText));
        Assert.All(items, p => Assert.Equal("ListParagraph", Style(p)));
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var numId = items[0].ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var abstractId = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId).AbstractNumId!.Val!.Value;
        var level = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId).Elements<Level>().Single(l => l.LevelIndex!.Value == 0);
        Assert.Equal(NumberFormatValues.Bullet, level.NumberingFormat!.Val!.Value);
    }

    [Fact]
    public void Notes_and_quotes_have_their_styles_and_a_line_break_stays_a_break()
    {
        using var document = Open(ReportWord.Write(ReportWordSample.Report()));
        var body = document.MainDocumentPart!.Document.Body!;

        var quote = Assert.Single(body.Elements<Paragraph>(), p => Style(p) == "Quote");
        Assert.Equal(["Ik kom hier elke dag graag.", "Het werk geeft me rust."], quote.Descendants<Text>().Select(t => t.Text));
        Assert.Single(quote.Descendants<Break>());
        Assert.StartsWith("Bron: ImpactDashboard", Assert.Single(body.Elements<Paragraph>(), p => Style(p) == "Note").InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_names_do_not_break_the_document()
    {
        var report = new FunderReport("Aan de Maas Venlo\u0007", "Impact\u0001", Language.Dutch,
        [
            new ReportCover("Impact", "Aan de Maas Venlo\u0007", "Kringloop \u202EAan de Maas", []),
            new ReportParagraph("Werk voor wie\r\nhet zwaar heeft\u0007."),
            new ReportTable(["Winkel", "Deelnemers"], [["Aan de Maas Venlo\u0007", "12"], ["Restaurant\u0007 De Pan\u001F", "<5"]], [false, true], [2, 1]),
            ReportWordSample.Picture("Grafiek van Aan de Maas Venlo\u0007"),
        ]);

        var docx = ReportWord.Write(report);
        AssertValid(docx);
        using var document = Open(docx);
        var body = document.MainDocumentPart!.Document.Body!;

        Assert.Equal(["Aan de Maas Venlo", "12", "Restaurant De Pan", "<5"], body.Descendants<TableRow>().Skip(1).SelectMany(r => r.Elements<TableCell>()).Select(c => c.InnerText));
        Assert.Equal("Kringloop Aan de Maas", Assert.Single(body.Elements<Paragraph>(), p => Style(p) == "Subtitle").InnerText);
        Assert.Equal(["Werk voor wie", "het zwaar heeft."], body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("Werk", StringComparison.Ordinal)).Descendants<Text>().Select(t => t.Text));
        Assert.Equal("Grafiek van Aan de Maas Venlo", body.Descendants<DW.DocProperties>().Single().Description!.Value);
        Assert.Equal("Aan de Maas Venlo", document.PackageProperties.Title);
    }

    [Fact]
    public void The_same_report_gives_the_same_document()
    {
        var first = Parts(ReportWord.Write(ReportWordSample.Report()));
        var second = Parts(ReportWord.Write(ReportWordSample.Report()));

        Assert.Contains("word/document.xml", first.Keys);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, part => Assert.True(part.Value.SequenceEqual(second[part.Key]), $"{part.Key} differs"));
    }

    /// <summary>The document's own parts by name (word/, media/): what the writer decides, without the package's metadata part.</summary>
    private static SortedDictionary<string, byte[]> Parts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var parts = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) || e.FullName.StartsWith("media/", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            parts[entry.FullName] = bytes.ToArray();
        }
        return parts;
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static string? Style(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    internal static void AssertValid(byte[] docx)
    {
        using var document = Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
