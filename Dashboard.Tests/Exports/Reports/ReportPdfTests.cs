using System.Globalization;
using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Reports;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using SkiaSharp;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>The funder report as a PDF: pages as a reader turns them, the text in order, tables that carry their header over, footers that count.</summary>
public sealed class ReportPdfTests
{
    /// <summary>The A4 page inside its 20 mm margins, in points.</summary>
    private const double TextWidth = (210 - 40) * 72 / 25.4;

    private const double TextHeight = (297 - 40) * 72 / 25.4;

    private static readonly string[] TableHeader = ["Organisatie", "Deelnemers", "Uitstroom naar werk"];

    public static ReportPicture Chart
    {
        get
        {
            var (width, height) = PngFile.Size(FactsheetPdfTests.StandInChart);
            return new ReportPicture(FactsheetPdfTests.StandInChart, width, height, "Staafdiagram van instroom naar betaald werk in 2025");
        }
    }

    public static IReadOnlyList<IReadOnlyList<string>> Rows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => (IReadOnlyList<string>)[$"Kringloop {i:00}", (i * 7).ToString(CultureInfo.InvariantCulture), $"{i % 50},5%"])];

    /// <summary>A report with every kind of block, as the builder could make it.</summary>
    public static FunderReport Sample(CultureInfo? culture = null) => new(
        "Kringloop Aan de Maas",
        "Impactrapportage 2025",
        culture ?? Language.Dutch,
        [
            new ReportCover("Impactrapportage", "Kringloop Aan de Maas", "Alle goede praktijken · 2025",
                ["Gemaakt op 15-11-2026", "Gegevens t/m 31-10-2026", "Door ImpactDashboard"]),
            new ReportHeading(1, "Samenvatting"),
            new ReportParagraph("In 2025 boden de zeven horecazaken 171 mensen een werkleerplek. " +
                string.Join(" ", Enumerable.Repeat("Samen werkten de deelnemers 103.217 uur, goed voor 55,6 fte aan werkleerplekken.", 6))),
            new ReportParagraph("Kleine aantallen zijn afgeschermd: aantallen van 1 t/m 4 staan er als <5.", ReportTone.Note),
            new ReportParagraph("Hier leerde ik weer op tijd komen, en nu werk ik in de keuken van een restaurant.", ReportTone.Quote),
            new ReportBullets(["171 actieve deelnemers", "55,6 fte aan werkleerplekken", "€ 1,23 miljoen omzet, een lange regel die over meer dan één regel loopt omdat er veel te vertellen is over de omzet"]),
            new ReportHeading(2, "Van instroom naar betaald werk"),
            Chart,
            new ReportParagraph("Bron: alle organisaties · gegevens t/m 31-10-2026", ReportTone.Note),
            new ReportHeading(3, "Per organisatie"),
            new ReportTable(TableHeader, Rows(4), [false, true, true], [3, 1, 1.5]),
            new ReportPageBreak(),
            new ReportHeading(1, "Bijlage: alle cijfers"),
            new ReportTable(TableHeader, Rows(60), [false, true, true], [3, 1, 1.5]),
            new ReportParagraph("Einde van de bijlage."),
        ]);

    private static byte[] Write(FunderReport report, string? preview = null)
    {
        var pdf = ReportPdf.Write(report);
        if (preview is not null && Environment.GetEnvironmentVariable("REPORT_PREVIEW") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, preview), pdf);
        }
        return pdf;
    }

    private static int PageOf(IReadOnlyList<string> pages, string text) =>
        pages.Select((page, index) => (page, index)).First(p => p.page.Contains(text, StringComparison.Ordinal)).index;

    [Fact]
    public void It_is_a_valid_pdf_of_a4_pages_with_the_cover_alone_on_the_first()
    {
        var pdf = Write(Sample(), "report-sample.pdf");

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        using var document = ReportPdfPages.Open(pdf);
        Assert.All(document.Pages.Cast<PdfSharp.Pdf.PdfPage>(), page => Assert.Equal((595, 842), ((int)Math.Round(page.Width.Point), (int)Math.Round(page.Height.Point))));
        var pages = ReportPdfPages.Texts(pdf);
        Assert.Equal("IMPACTRAPPORTAGE Kringloop Aan de Maas Alle goede praktijken · 2025 Gemaakt op 15-11-2026 Gegevens t/m 31-10-2026 Door ImpactDashboard ImpactDashboard", pages[0]);
        Assert.StartsWith("Samenvatting In 2025 boden", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_blocks_are_printed_in_order()
    {
        var report = Sample();

        var text = string.Join(" ", ReportPdfPages.Texts(Write(report)));

        var expected = new[]
        {
            "Samenvatting", "In 2025 boden de zeven horecazaken 171 mensen een werkleerplek.", "Kleine aantallen zijn afgeschermd: aantallen van 1 t/m 4 staan er als <5.",
            "Hier leerde ik weer op tijd komen, en nu werk ik in de keuken van een restaurant.", "• 171 actieve deelnemers", "• 55,6 fte aan werkleerplekken",
            "Van instroom naar betaald werk", "Bron: alle organisaties", "Per organisatie", "Organisatie Deelnemers Uitstroom naar werk",
            "Kringloop 01 7 1,5%", "Kringloop 04 28 4,5%", "Bijlage: alle cijfers", "Kringloop 60 420 10,5%", "Einde van de bijlage.",
        };
        var at = 0;
        foreach (var part in expected)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{part}\" does not follow at {at} in: {text}");
            at = found + part.Length;
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_a_long_table_repeats_its_header_on_every_page()
    {
        var pages = ReportPdfPages.Texts(Write(Sample()));

        var appendix = PageOf(pages, "Bijlage: alle cijfers");
        Assert.StartsWith("Bijlage: alle cijfers", pages[appendix], StringComparison.Ordinal);
        Assert.DoesNotContain("Kringloop 01 7", pages[appendix][..pages[appendix].IndexOf("Bijlage", StringComparison.Ordinal)], StringComparison.Ordinal);
        var last = PageOf(pages, "Kringloop 60 ");
        Assert.True(last > appendix, "sixty rows do not fit on one page");
        for (var page = appendix; page <= last; page++)
        {
            Assert.Contains("Organisatie Deelnemers Uitstroom naar werk Kringloop", pages[page], StringComparison.Ordinal);
        }
        var rows = string.Join(" ", pages.Skip(appendix));
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"Kringloop {i:00} {i * 7} ", rows, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_but_the_cover_has_a_footer_that_counts_the_pages()
    {
        var pages = ReportPdfPages.Texts(Write(Sample()));

        Assert.DoesNotContain("pagina", pages[0], StringComparison.Ordinal);
        Assert.True(pages.Count >= 4);
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.EndsWith($"ImpactDashboard · Kringloop Aan de Maas pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void In_english_the_footer_says_page_n_of_m()
    {
        var pages = ReportPdfPages.Texts(Write(Sample(Language.English), "report-english.pdf"));

        Assert.EndsWith($"page 2 of {pages.Count}", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("pagina", string.Join(" ", pages), StringComparison.Ordinal);
    }

    [Fact]
    public void It_carries_its_title_subject_author_and_language()
    {
        using var document = ReportPdfPages.Open(Write(Sample()));

        Assert.Equal("Kringloop Aan de Maas", document.Info.Title);
        Assert.Equal("Impactrapportage 2025", document.Info.Subject);
        Assert.Equal("ImpactDashboard", document.Info.Author);
        Assert.Equal("nl-NL", document.Language);
    }

    [Fact]
    public void Every_font_is_the_embedded_product_font()
    {
        var fonts = ReportPdfPages.Fonts(Write(Sample()));

        Assert.Equal(2, fonts.Select(f => f.Name).Distinct().Count());
        Assert.All(fonts, font => Assert.Contains("Source Sans 3", font.Name, StringComparison.Ordinal));
        Assert.All(fonts, font => Assert.True(font.Embedded, $"{font.Name} is not embedded"));
        Assert.Contains(fonts, font => font.Name.Contains("Semi", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_picture_is_an_image_on_its_page()
    {
        var report = Sample();
        var twice = report with { Blocks = [.. report.Blocks, new ReportHeading(2, "Nog een keer"), Chart] };

        var pdf = Write(twice);

        var images = ReportPdfPages.Images(pdf);
        Assert.Equal(2, images.Sum());
        Assert.Equal(1, images[PageOf(ReportPdfPages.Texts(pdf), "Van instroom naar betaald werk")]);
    }

    /// <summary>A plain PNG of the given size, to see how a picture of that shape is placed.</summary>
    private static ReportPicture Blank(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(0x3F, 0x51, 0xB5));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new ReportPicture(data.ToArray(), width, height, "Een vlak in de productkleur");
    }

    private static IEnumerable<ReportBlock> Filler(int lines) => Enumerable.Range(1, lines).Select(i => new ReportParagraph($"Regel {i}."));

    [Fact]
    public void A_picture_that_does_not_fit_moves_whole_to_the_next_page_at_the_text_width()
    {
        var report = Sample() with { Blocks = [.. Filler(25), Blank(1600, 1000), new ReportParagraph("Na het plaatje.")] };

        var pdf = Write(report);

        Assert.Equal([0, 1], ReportPdfPages.Images(pdf));
        var (width, height) = Assert.Single(ReportPdfPages.ImageSizes(pdf)[1]);
        Assert.Equal(TextWidth, width, 0.5);
        Assert.Equal(width * 1000 / 1600, height, 0.5);
        Assert.StartsWith("Na het plaatje.", ReportPdfPages.Texts(pdf)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_taller_than_a_page_shrinks_to_fit_one_keeping_its_shape()
    {
        var report = Sample() with { Blocks = [new ReportParagraph("Ervoor."), Blank(300, 3000), new ReportParagraph("Erna.")] };

        var pdf = Write(report);

        Assert.Equal([0, 1, 0], ReportPdfPages.Images(pdf));
        var (width, height) = Assert.Single(ReportPdfPages.ImageSizes(pdf)[1]);
        Assert.Equal(TextHeight, height, 0.5);
        Assert.Equal(height / 10, width, 0.5);
    }

    [Fact]
    public void A_heading_stays_with_a_picture_that_does_not_fit_under_it()
    {
        var report = Sample() with { Blocks = [new ReportParagraph("Ervoor."), new ReportHeading(1, "Het plaatje"), Blank(300, 3000)] };

        var pdf = Write(report, "report-heading-picture.pdf");

        Assert.Equal([0, 1], ReportPdfPages.Images(pdf));
        Assert.StartsWith("Het plaatje", ReportPdfPages.Texts(pdf)[1], StringComparison.Ordinal);
        Assert.True(ReportPdfPages.ImageSizes(pdf)[1][0].Height < TextHeight - 20);
    }

    [Fact]
    public void A_picture_that_cannot_be_read_is_printed_as_its_description()
    {
        var report = Sample() with { Blocks = [new ReportPicture([1, 2, 3], 10, 10, "Staafdiagram van de uitstroom")] };

        var pdf = Write(report);

        Assert.Equal([0], ReportPdfPages.Images(pdf));
        Assert.StartsWith("Staafdiagram van de uitstroom", ReportPdfPages.Texts(pdf)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var paragraphs = new[] { "De eerste regel na de kop.", "De eerste regel na de kop. " + string.Join(" ", Enumerable.Repeat("woord", 60)) };
        foreach (var paragraph in paragraphs)
        {
            for (var fillers = 28; fillers <= 40; fillers++)
            {
                var report = Sample() with { Blocks = [.. Filler(fillers), new ReportHeading(2, "De kop"), new ReportParagraph(paragraph)] };

                var pages = ReportPdfPages.Texts(Write(report));

                Assert.Contains("De kop De eerste regel na de kop.", pages[PageOf(pages, "De kop")], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_paragraph_split_over_pages_leaves_no_single_line_behind_or_ahead()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("woord", 70));
        foreach (var heading in new[] { false, true })
        {
            for (var fillers = 28; fillers <= 38; fillers++)
            {
                IEnumerable<ReportBlock> before = heading ? [new ReportHeading(1, "Begin"), .. Filler(fillers)] : Filler(fillers);
                var report = Sample() with { Blocks = [.. before, new ReportParagraph(paragraph), new ReportParagraph("Slot.")] };

                var lines = ReportPdfPages.Runs(Write(report)).Select(page => page.Count(run => run.StartsWith("woord", StringComparison.Ordinal))).ToList();

                Assert.Equal(5, lines.Sum());
                Assert.All(lines, count => Assert.NotEqual(1, count));
            }
        }
    }

    [Fact]
    public void A_bullet_always_stands_beside_its_item_also_when_the_item_moves_to_the_next_page()
    {
        var item = "Een opsomming " + string.Join(" ", Enumerable.Repeat("woord", 40));
        for (var fillers = 28; fillers <= 40; fillers++)
        {
            var report = Sample() with { Blocks = [.. Filler(fillers), new ReportBullets(["Kort punt.", item])] };

            var runs = ReportPdfPages.Runs(Write(report));

            Assert.All(runs, page => Assert.Equal(page.Count(r => r.StartsWith("Kort punt.", StringComparison.Ordinal) || r.StartsWith("Een opsomming", StringComparison.Ordinal)),
                page.Count(r => r == "•")));
        }
    }

    [Fact]
    public void A_page_break_at_the_top_of_a_page_or_after_the_cover_adds_no_empty_page()
    {
        var report = Sample() with
        {
            Blocks = [Sample().Blocks[0], new ReportPageBreak(), new ReportPageBreak(), new ReportParagraph("Eerste pagina na de omslag."), new ReportPageBreak()],
        };

        var pages = ReportPdfPages.Texts(Write(report));

        Assert.Equal(2, pages.Count);
        Assert.StartsWith("Eerste pagina na de omslag.", pages[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_blocks_or_with_empty_lists_and_tables_it_is_still_a_pdf()
    {
        var empty = Sample() with { Blocks = [] };
        var hollow = Sample() with { Blocks = [new ReportBullets([]), new ReportTable([], [], [], []), new ReportTable([], [[], []], [], [1]), new ReportTable(["Alleen een kop"], [], [false], [1]), new ReportHeading(1, "Slot")] };

        Assert.Single(ReportPdfPages.Texts(Write(empty)));
        var pages = ReportPdfPages.Texts(Write(hollow));
        Assert.Single(pages);
        Assert.StartsWith("Alleen een kop Slot", pages[0], StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_word_without_spaces_is_broken_over_lines_and_a_cell_taller_than_a_page_is_cut_short()
    {
        var word = string.Concat(Enumerable.Repeat("Kringloopwinkel", 20));
        var huge = string.Join(" ", Enumerable.Repeat("Een cel met heel veel tekst die nooit op één pagina past.", 400));
        var report = Sample() with
        {
            Blocks =
            [
                new ReportHeading(1, word),
                new ReportParagraph(word),
                new ReportBullets([word]),
                new ReportTable(["Naam", word], [[word, "1"], [huge, huge], ["Na de grote cel", "2"]], [false, true], [1, 1]),
            ],
        };

        var pdf = await Task.Run(() => Write(report, "report-long.pdf"));

        var pages = ReportPdfPages.Texts(pdf);
        var text = string.Join(" ", pages);
        Assert.True(pages.Count <= 6, $"{pages.Count} pages");
        Assert.Contains("Na de grote cel", text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        Assert.DoesNotContain(word, text, StringComparison.Ordinal);
        Assert.True(text.Replace(" ", "", StringComparison.Ordinal).Split(word).Length - 1 >= 3, "the word is there whole, over several lines");
    }

    [Fact]
    public void Control_characters_in_the_text_are_left_out()
    {
        var report = Sample() with
        {
            Title = "Venlo\u0007\u202E",
            Blocks = [new ReportHeading(1, "Kop\u0000met\u001Bnul"), new ReportParagraph("Regel\neen\ttwee\u0085drie\uFFFE"), new ReportBullets(["a\u0001b"]),
                new ReportTable(["x\u0002y"], [["\u0003"]], [false], [1]), new ReportParagraph("Buiten het lettertype: 😀 中文 \u0301")],
        };

        var text = ReportPdfPages.Texts(Write(report))[0];

        Assert.StartsWith("Kopmetnul Regel een twee drie • ab xy ", text, StringComparison.Ordinal);
        Assert.EndsWith("ImpactDashboard · Venlo pagina 1 van 1", text, StringComparison.Ordinal);
    }
}
