using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports.Factsheets;

/// <summary>Factsheets of the imported demo sector, protected as every web export is: what they state, and what they must not.</summary>
public sealed class FactsheetBuilderTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private static readonly DateOnly ExportedOn = new(2026, 11, 15);

    private readonly IndicatorService _indicators = new(new SnapshotCache(demo.Installation.Database),
        new SettingsStore(demo.Installation.Database));

    private IReadOnlyList<PracticeInfo> Practices => _indicators.Snapshot.Practices;

    private static IndicatorFilter Horeca(Period period) => new(period) { PracticeKinds = new HashSet<string> { "horeca" } };

    private Factsheet ForPractice(IndicatorFilter filter, CultureInfo? culture = null) => FactsheetBuilder.ForPractice(_indicators,
        new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database), filter, ViewerProfile.Protected, culture ?? Language.Dutch, ExportedOn);

    private Factsheet ForOrganisation(string name, CultureInfo? culture = null) => FactsheetBuilder.ForOrganisation(_indicators,
        new TargetStore(demo.Installation.Database), [], Practices.First(p => p.OrganisationName == name).OrganisationId, Period.Year(2025),
        ViewerProfile.Protected, culture ?? Language.Dutch, ExportedOn);

    private Figure Protected(IndicatorFilter filter, IndicatorCode code) => _indicators.Calculate(filter, null, ViewerProfile.Protected).Total[code];

    [Fact]
    public void The_horeca_factsheet_of_2025_states_the_figures_the_practice_page_shows()
    {
        var filter = Horeca(Period.Year(2025));
        var restaurants = Practices.Where(p => p.Kind == "horeca").ToList();

        var sheet = ForPractice(filter);

        Assert.Equal("Horeca", sheet.Title);
        Assert.Equal($"{restaurants.Count} praktijken van deze soort · 2025 · alle organisaties", sheet.Subtitle);
        Assert.Equal(FactsheetBuilder.PracticeHeadline, sheet.Figures.Select(f => f.Code));
        Assert.All(sheet.Figures, tile => Assert.Equal(FigureFormat.Value(Protected(filter, tile.Code), 5), tile.Value));
        Assert.Equal("t.o.v. 2024", sheet.Figures[0].Against);
        Assert.InRange(sheet.Sentences.Count, 3, FactsheetSentences.Most);
        Assert.Equal($"In 2025 boden de {NumberWords.Count(restaurants.Count, Language.Dutch)} horecazaken {sheet.Figures[0].Value} mensen een werkleerplek.", sheet.Sentences[0]);
        Assert.Equal("De praktijken", sheet.Aside!.Heading);
        Assert.All(restaurants, r => Assert.Contains($"{r.Name} ({r.City})", sheet.Aside.Text, StringComparison.Ordinal));
        Assert.StartsWith("Bron: alle organisaties · ImpactDashboard · gegevens t/m ", sheet.SourceLine, StringComparison.Ordinal);
        Assert.EndsWith(" · geëxporteerd 15-11-2026", sheet.SourceLine, StringComparison.Ordinal);
        Assert.Contains("Kleine aantallen zijn afgeschermd: aantallen van 1 t/m 4 staan er als <5, cijfers die erop steunen als ‘afgeschermd’.", sheet.Assumptions);
        Assert.Contains("1 fte = 36 uur per week.", sheet.Assumptions);
        Assert.Contains(sheet.Assumptions, a => a.Contains("kleine afwijkingen van ±2 beschermen de privacy", StringComparison.Ordinal));
        Assert.Subset(sheet.Definitions.Select(d => d.Name).ToHashSet(), sheet.Figures.Select(f => f.Name).ToHashSet());
    }

    [Fact]
    public void An_organisations_factsheet_of_2025_covers_all_its_practices_and_the_settings_behind_its_kilograms()
    {
        var name = "Kringloop Aan de Maas";
        var practices = Practices.Count(p => p.OrganisationName == name);

        var sheet = ForOrganisation(name);

        Assert.Equal(name, sheet.Title);
        Assert.Equal($"{practices} praktijken · 2025", sheet.Subtitle);
        Assert.Equal(FactsheetBuilder.OrganisationHeadline, sheet.Figures.Select(f => f.Code));
        Assert.InRange(sheet.Sentences.Count, 3, FactsheetSentences.Most);
        Assert.Equal($"In 2025 bood {name} {sheet.Figures[0].Value} mensen een werkleerplek in {NumberWords.Count(practices, Language.Dutch)} praktijken.", sheet.Sentences[0]);
        Assert.StartsWith($"Bron: {name} · ImpactDashboard", sheet.SourceLine, StringComparison.Ordinal);
        Assert.Contains(sheet.Assumptions, a => a.StartsWith("CO2-factor: 1 kg CO2-eq per kg hergebruikt, voor elke categorie (bron: TNO", StringComparison.Ordinal));
        Assert.Contains(sheet.Assumptions, a => a.Contains("meubels 25 kg", StringComparison.Ordinal) && a.Contains("bron: aanname", StringComparison.Ordinal));
        Assert.StartsWith("Drie winkels, ", sheet.Aside!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_the_organisations_factsheet_is_English_throughout()
    {
        var sheet = ForOrganisation("Stichting Tweede Ronde", Language.English);

        Assert.Equal("Factsheet · organisation", sheet.Kicker);
        Assert.Equal("Active participants", sheet.Figures[0].Name);
        Assert.StartsWith("In 2025, Stichting Tweede Ronde offered ", sheet.Sentences[0], StringComparison.Ordinal);
        Assert.StartsWith("Source: Stichting Tweede Ronde · ImpactDashboard", sheet.SourceLine, StringComparison.Ordinal);
        Assert.Contains(sheet.Definitions, d => d.Name == "Revenue");
    }

    [Fact]
    public void A_practices_protected_outflow_is_shown_as_protected_and_its_value_is_nowhere_on_the_page()
    {
        var practice = Practices.Single(p => p.Name == "Restaurant De Pan");
        var filter = new IndicatorFilter(Period.YearToDate(new DateOnly(2026, 10, 31))) { Practices = new HashSet<long> { practice.Id } };
        var exact = _indicators.Calculate(filter, null, ViewerProfile.Exact).Total[IndicatorCode.P4R];
        Assert.True(exact.HasValue && Protected(filter, IndicatorCode.P4R).Status == FigureStatus.Hidden, "the demo has a protected outflow here");

        var sheet = ForPractice(filter);
        var text = PdfText.Of(FactsheetPdf.Write(sheet, FactsheetPdfTests.StandInChart, Language.Dutch));

        Assert.Equal("afgeschermd", sheet.Figures.Single(f => f.Code == IndicatorCode.P4R).Value);
        Assert.DoesNotContain(sheet.Sentences, s => s.Contains("uitstro", StringComparison.Ordinal));
        Assert.DoesNotContain(FigureFormat.Number(IndicatorCode.P4R, exact.Value!.Value), text, StringComparison.Ordinal);
        Assert.DoesNotContain(sheet.Sentences, s => s.Contains(NumberWords.Percent(exact.Value.Value, Language.Dutch), StringComparison.Ordinal));
        Assert.StartsWith("Van januari tot en met oktober 2026 bood Restaurant De Pan ", sheet.Sentences[0], StringComparison.Ordinal);
        Assert.Equal("Impactdoel", sheet.Aside!.Heading);
    }

    [Fact]
    public void The_demo_factsheets_print_on_one_page_with_every_sentence_on_it()
    {
        foreach (var sheet in new[] { ForPractice(Horeca(Period.Year(2025))), ForOrganisation("De Kringwinkel Zuidoost", Language.English) })
        {
            var pdf = FactsheetPdf.Write(sheet, FactsheetPdfTests.StandInChart, sheet.Culture);

            using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
            Assert.Equal(1, document.PageCount);
            var text = PdfText.Of(pdf);
            Assert.All(sheet.Sentences.Append(sheet.Title).Append(sheet.SourceLine), s => Assert.Contains(s, text, StringComparison.Ordinal));
            Assert.All(sheet.Figures, f => Assert.Contains(f.Value, text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_horeca_factsheet_ends_with_the_return_and_its_range_as_the_table_has_them_labelled_as_example_values()
    {
        var filter = Horeca(Period.Year(2025));
        string Euros(IndicatorCode code) => FigureFormat.Value(Protected(filter, code), 5);
        Assert.True(new[] { IndicatorCode.W3, IndicatorCode.W3L, IndicatorCode.W3H }.All(c => Protected(filter, c).HasValue), "the demo has a return here");

        var sheet = ForPractice(filter);

        Assert.Equal($"Elke geïnvesteerde euro levert naar schatting {Euros(IndicatorCode.W3)} aan maatschappelijke waarde op " +
            $"(bandbreedte {Euros(IndicatorCode.W3L)} – {Euros(IndicatorCode.W3H)}; indicatief — niet geverifieerd, op basis van voorbeeldwaarden).", sheet.Sentences[^1]);
        Assert.Matches(@"naar schatting € \d+,\d\d aan", sheet.Sentences[^1]);
        Assert.Contains(sheet.Definitions, d => d.Name == IndicatorCatalogue.Get(IndicatorCode.W3).Name(Language.Dutch));
        Assert.Contains("Maatschappelijke waarde: volgens de waardekaart, verdisconteerd met 2,25% per jaar (bron: rapport Werkgroep discontovoet 2020: " +
            "standaarddiscontovoet voor MKBA's (reëel, incl. risico-opslag)); op basis van voorbeeldwaarden.", sheet.Assumptions);
    }

    [Fact]
    public void A_practices_protected_return_gets_no_sentence_and_its_value_is_nowhere_on_the_page()
    {
        var practice = Practices.Single(p => p.Path == "AMF/HORECA1");
        var filter = new IndicatorFilter(Period.Year(2025)) { Practices = new HashSet<long> { practice.Id } };
        var exact = _indicators.Calculate(filter, null, ViewerProfile.Exact).Total[IndicatorCode.W3];
        Assert.True(exact.HasValue && Protected(filter, IndicatorCode.W3).Status == FigureStatus.Hidden, "the demo has a protected return here");

        var sheet = ForPractice(filter);
        var text = PdfText.Of(FactsheetPdf.Write(sheet, FactsheetPdfTests.StandInChart, Language.Dutch));

        Assert.DoesNotContain(sheet.Sentences, s => s.Contains("geïnvesteerde euro", StringComparison.Ordinal));
        Assert.DoesNotContain("maatschappelijke waarde op", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FigureFormat.Number(IndicatorCode.W3, exact.Value!.Value), text, StringComparison.Ordinal);
    }
}
