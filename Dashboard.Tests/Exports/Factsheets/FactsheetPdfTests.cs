using System.Globalization;
using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;
using Dashboard.Tests.TestSupport;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Dashboard.Tests.Exports.Factsheets;

/// <summary>The factsheet as a file: a valid PDF of exactly one A4 page, in the embedded product font, saying what the factsheet says.</summary>
public sealed class FactsheetPdfTests
{
    /// <summary>A print-size chart made with ScottPlot, standing in for the real chart export.</summary>
    public static byte[] StandInChart { get; } =
        File.ReadAllBytes(Path.Combine(Repository.Root, "Dashboard.Tests", "Exports", "Factsheets", "Fixtures", "stand-in-chart.png"));

    public static Factsheet Sample(CultureInfo? culture = null) => new(
        "Factsheet · goede praktijk",
        "Horeca",
        "7 praktijken van deze soort · 2025 · alle organisaties",
        new FactsheetAside("Impactdoel", "Horeca biedt mensen met een afstand tot de arbeidsmarkt een leerwerkplek in keuken en bediening."),
        [
            new(IndicatorCode.P1, FigureStatus.Ok, "171", "Actieve deelnemers", "+28%", "t.o.v. 2024", ChangeTone.Better),
            new(IndicatorCode.P4R, FigureStatus.Hidden, "afgeschermd", "% uitstroom naar betaald werk", "afgeschermd", "t.o.v. 2024", ChangeTone.NotCompared),
            new(IndicatorCode.P6R, FigureStatus.Hidden, "afgeschermd", "% positieve uitstroom", "afgeschermd", "t.o.v. 2024", ChangeTone.NotCompared),
            new(IndicatorCode.P9, FigureStatus.Hidden, "<5", "Behaalde certificaten", "afgeschermd", "t.o.v. 2024", ChangeTone.NotCompared),
            new(IndicatorCode.P12, FigureStatus.Ok, "55,6", "Werkleerplekken (fte)", "−4%", "t.o.v. 2024", ChangeTone.Worse),
            new(IndicatorCode.E1, FigureStatus.Ok, "€ 1.234.568", "Omzet", "±0%", "t.o.v. 2024", ChangeTone.Neutral),
        ],
        new ChartDescription(ChartKind.Bar, IndicatorCode.P1, "Van instroom naar betaald werk", "2025", "deelnemers", "Bron: alle organisaties", []),
        [
            "In 2025 boden de zeven horecazaken 171 mensen een werkleerplek.",
            "Samen werkten de deelnemers 103.217 uur, goed voor 55,6 fte aan werkleerplekken.",
            "De horecazaken zetten samen € 1,23 miljoen om.",
        ],
        IndicatorCatalogue.All.Where(i => i.Code is IndicatorCode.P1 or IndicatorCode.P9 or IndicatorCode.E1)
            .Select(i => new FactsheetDefinition(i.Name(culture ?? Language.Dutch), i.Definition(culture ?? Language.Dutch))).ToList(),
        ["Kleine aantallen zijn afgeschermd: aantallen van 1 t/m 4 staan er als <5.", "1 fte = 36 uur per week."],
        "Bron: alle organisaties · ImpactDashboard · gegevens t/m 31-10-2026 · geëxporteerd 15-11-2026",
        culture ?? Language.Dutch);

    private static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    [Fact]
    public void It_is_a_valid_pdf_of_exactly_one_a4_page()
    {
        var pdf = FactsheetPdf.Write(Sample(), StandInChart, Language.Dutch);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.EndsWith("%%EOF", Encoding.ASCII.GetString(pdf, pdf.Length - 8, 8).TrimEnd());
        using var document = Open(pdf);
        Assert.Equal(1, document.PageCount);
        Assert.Equal(595, document.Pages[0].Width.Point, 0);
        Assert.Equal(842, document.Pages[0].Height.Point, 0);
    }

    [Fact]
    public void It_carries_its_title_author_and_creation_date()
    {
        var before = DateTime.Now.AddMinutes(-1);

        using var document = Open(FactsheetPdf.Write(Sample(), StandInChart, Language.Dutch));

        Assert.Equal("Horeca", document.Info.Title);
        Assert.Equal("ImpactDashboard", document.Info.Author);
        Assert.InRange(document.Info.CreationDate, before, DateTime.Now.AddMinutes(1));
    }

    [Fact]
    public void Every_font_on_the_page_is_the_product_font_embedded_in_the_file()
    {
        using var document = Open(FactsheetPdf.Write(Sample(), StandInChart, Language.Dutch));

        var fonts = document.Pages[0].Resources.Elements.GetDictionary("/Font")!;
        Assert.Equal(2, fonts.Elements.Count);
        foreach (var key in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(key)!;
            Assert.Contains("Source Sans 3", font.Elements.GetName("/BaseFont").Replace("#20", " "), StringComparison.Ordinal);
            var descendant = (PdfDictionary)((PdfArray)font.Elements.GetObject("/DescendantFonts")!).Elements.GetObject(0)!;
            var file = descendant.Elements.GetDictionary("/FontDescriptor")!.Elements.GetDictionary("/FontFile2");
            Assert.NotNull(file);
            Assert.True(file.Stream.UnfilteredValue.Length > 1000);
        }
    }

    [Fact]
    public void The_page_says_the_title_the_figures_the_sentences_and_the_source_line()
    {
        var factsheet = Sample();

        var text = PdfText.Of(FactsheetPdf.Write(factsheet, StandInChart, Language.Dutch));

        Assert.Contains("Horeca", text, StringComparison.Ordinal);
        Assert.Contains(factsheet.Subtitle, text, StringComparison.Ordinal);
        Assert.All(factsheet.Sentences, sentence => Assert.Contains(sentence, text, StringComparison.Ordinal));
        Assert.Contains(factsheet.SourceLine, text, StringComparison.Ordinal);
        Assert.Contains("€ 1.234.568", text, StringComparison.Ordinal);
        Assert.Contains("−4% t.o.v. 2024", text, StringComparison.Ordinal);
        Assert.Contains("<5", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Folded(factsheet.Aside!.Text), text, StringComparison.Ordinal);
        Assert.Contains("In het kort", text, StringComparison.Ordinal);
        Assert.Contains("Actieve deelnemers Aantal verschillende deelnemers", text, StringComparison.Ordinal);
        Assert.Contains("1 fte = 36 uur per week.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_the_page_headings_are_English()
    {
        var text = PdfText.Of(FactsheetPdf.Write(Sample(Language.English), StandInChart, Language.English));

        Assert.Contains("At a glance", text, StringComparison.Ordinal);
        Assert.Contains("Definitions", text, StringComparison.Ordinal);
        Assert.DoesNotContain("In het kort", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_much_text_is_shortened_and_never_runs_off_the_one_page()
    {
        var longName = string.Join(" ", Enumerable.Repeat("Stichting Kringloop en Duurzame Werkgelegenheid Regio", 4));
        var factsheet = Sample() with
        {
            Title = longName,
            Subtitle = string.Join(" · ", Enumerable.Repeat("organisatie: " + longName, 3)),
            Sentences = Enumerable.Repeat(string.Join(" ", Enumerable.Repeat("Een heel lange zin over wat er allemaal bereikt is.", 8)), 5).ToList(),
            Definitions = IndicatorCatalogue.All.Select(i => new FactsheetDefinition(i.Name(Language.Dutch), i.Definition(Language.Dutch) + " " + i.Definition(Language.Dutch))).ToList(),
            Assumptions = Enumerable.Range(1, 20).Select(i => $"Aanname {i}: een lange toelichting op een instelling met haar bron erbij.").ToList(),
        };

        var pdf = FactsheetPdf.Write(factsheet, StandInChart, Language.Dutch);

        using var document = Open(pdf);
        Assert.Equal(1, document.PageCount);
        var runs = PdfText.Runs(pdf);
        Assert.Equal(["FACTSHEET · GOEDE PRAKTIJK", "ImpactDashboard"], runs.Take(2));
        var title = runs.Skip(2).Take(3).ToList();
        Assert.EndsWith("…", title[^1], StringComparison.Ordinal);
        Assert.StartsWith(string.Join(" ", title).TrimEnd('…'), factsheet.Title, StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains("Aanname 1:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanname 20", text, StringComparison.Ordinal);
        Assert.EndsWith("… " + factsheet.SourceLine, text, StringComparison.Ordinal);
        Assert.EndsWith(factsheet.SourceLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_wider_than_its_place_is_cut_rather_than_drawn_past_the_margin()
    {
        var factsheet = Sample() with { Title = new string('W', 60) };

        var runs = PdfText.Runs(FactsheetPdf.Write(factsheet, StandInChart, Language.Dutch));

        var titleLines = runs.Where(r => r.Length > 0 && r.All(c => c == 'W')).ToList();
        Assert.True(titleLines.Count >= 2, "the long word is spread over lines");
        Assert.Equal(60, titleLines.Sum(l => l.Length));
    }
}
