using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports;

/// <summary>The one place every download and the export command get their file from, on the whole demo sector.</summary>
public sealed class ExporterTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private static readonly DateOnly ExportedOn = new(2026, 11, 15);

    private readonly IndicatorService _indicators = new(new SnapshotCache(demo.Installation.Database),
        new SettingsStore(demo.Installation.Database));

    private Exporter Exporter => new(_indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database),
        new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database));

    /// <summary>A filter named as a link or the command line names it: store codes and practice kinds, comma-separated.</summary>
    private IndicatorFilter Filter(string stores = "", string kinds = "", int year = 2025) => FilterResolver.Resolve(new NamedFilter
    {
        Stores = stores.Split(',', StringSplitOptions.RemoveEmptyEntries),
        PracticeKinds = kinds.Split(',', StringSplitOptions.RemoveEmptyEntries),
    }, Period.Year(year), _indicators.Snapshot.Practices);

    private static ExportRequest Request(ExportView view, IndicatorFilter filter, ViewerProfile profile = ViewerProfile.Protected) =>
        new(view, filter, profile, ExportedOn);

    [Theory]
    [InlineData(ExportView.Overzicht, null, "", ExportFormat.Png, "image/png", "impactdashboard-overzicht-2026-11-15-scherm.png", "1200×675")]
    [InlineData(ExportView.Overzicht, "trend", "", ExportFormat.Svg, "image/svg+xml", "impactdashboard-overzicht-trend-2026-11-15.svg", "svg")]
    [InlineData(ExportView.Vergelijken, null, "", ExportFormat.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "impactdashboard-vergelijken-2026-11-15.xlsx", "Cijfers, Toelichting, Grafiek")]
    [InlineData(ExportView.Praktijk, "doelgroep", "horeca", ExportFormat.Csv, "text/csv; charset=utf-8",
        "impactdashboard-praktijk-doelgroep-2026-11-15.csv", "Groep|deze periode (deelnemers)")]
    [InlineData(ExportView.Praktijk, null, "horeca", ExportFormat.Pdf, "application/pdf", "factsheet-praktijk-2026-11-15.pdf", "FACTSHEET · GOEDE PRAKTIJK ImpactDashboard Horeca")]
    public void Each_format_is_a_file_of_its_kind_with_its_content_type_and_a_dated_name(ExportView view, string? chart, string kinds,
        ExportFormat format, string contentType, string fileName, string opensWith)
    {
        var file = Exporter.Render(Request(view, Filter(kinds: kinds)) with { Chart = chart }, format);

        Assert.Equal(contentType, file.ContentType);
        Assert.Equal(fileName, file.FileName);
        Assert.StartsWith(opensWith, ExportedFile.Open(format, file.Bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scherm", 1200, 675)]
    [InlineData("2x", 2400, 1350)]
    [InlineData("print", 2480, 1395)]
    public void A_png_has_the_pixels_of_its_size_and_says_the_size_in_its_name(string size, int width, int height)
    {
        var chartSize = ChartSize.All.Single(s => s.Name == size);

        var file = Exporter.Render(Request(ExportView.Vergelijken, Filter()), ExportFormat.Png, chartSize);

        Assert.Equal((width, height), PngFile.Size(file.Bytes));
        Assert.Equal($"impactdashboard-vergelijken-2026-11-15-{size}.png", file.FileName);
    }

    [Theory]
    [InlineData(ExportView.Overzicht, ExportFormat.Png, "", "", "E1", Normalisation.PerSquareMetre,
        "Omrekenen per deelnemer, uur of m² kan alleen bij vergelijken.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Csv, "", "horeca", null, Normalisation.PerParticipant,
        "Omrekenen per deelnemer, uur of m² kan alleen bij vergelijken.")]
    [InlineData(ExportView.Vergelijken, ExportFormat.Csv, "", "", "P4R", Normalisation.PerSquareMetre,
        "P4R is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.")]
    [InlineData(ExportView.Vergelijken, ExportFormat.Png, "", "", "P10", Normalisation.PerThousandParticipantHours,
        "P10 is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.")]
    [InlineData(ExportView.Vergelijken, ExportFormat.Xlsx, "", "", null, Normalisation.PerParticipant, // Vergelijken shows P4R unless told otherwise
        "P4R is een percentage of gemiddelde en kan niet per deelnemer, uur of m² worden omgerekend.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Svg, "", "", null, Normalisation.None,
        "Een goede praktijk is één praktijk of één soort praktijk: kies er één.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Csv, "", "horeca,fietsen", null, Normalisation.None,
        "Een goede praktijk is één praktijk of één soort praktijk: kies er één.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Pdf, "VNL", "", null, Normalisation.None, // one store, five practices of four kinds
        "Een goede praktijk is één praktijk of één soort praktijk: kies er één.")]
    [InlineData(ExportView.Vergelijken, ExportFormat.Pdf, "", "", null, Normalisation.None,
        "Een factsheet is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor vergelijken.")]
    [InlineData(ExportView.Overzicht, ExportFormat.Pdf, "", "", null, Normalisation.None,
        "Een factsheet van het overzicht is er voor één organisatie: kies er één.")]
    [InlineData(ExportView.Overzicht, ExportFormat.Pdf, "VNL,UTO", "", null, Normalisation.None, // stores of two organisations
        "Een factsheet van het overzicht is er voor één organisatie: kies er één.")]
    [InlineData(ExportView.Overzicht, ExportFormat.Pdf, "", "horeca", null, Normalisation.None,
        "Een factsheet van het overzicht is er voor één organisatie: kies er één.")]
    public void A_combination_that_makes_no_sense_is_refused_in_Dutch(ExportView view, ExportFormat format, string stores, string kinds,
        string? indicator, Normalisation normalisation, string message)
    {
        var request = Request(view, Filter(stores, kinds)) with
        {
            Indicator = indicator is null ? null : IndicatorCatalogue.Parse(indicator),
            Normalisation = normalisation,
        };

        var refused = Assert.Throws<ExportRefusedException>(() => Exporter.Render(request, format));

        Assert.Equal(message, refused.Message);
    }

    [Theory]
    [InlineData(ExportView.Praktijk, ExportFormat.Xlsx, true, "", "horeca", "Een rapport is er als Word (docx) of PDF.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Docx, false, "", "horeca", "Word (docx) is er alleen voor het rapport.")]
    [InlineData(ExportView.Sector, ExportFormat.Docx, true, "", "", "Een rapport is er voor een goede praktijk (praktijk) of een organisatie (overzicht), niet voor de sectorvergelijking.")]
    [InlineData(ExportView.Overzicht, ExportFormat.Pdf, true, "VNL,UTO", "", "Een rapport van het overzicht is er voor één organisatie: kies er één.")]
    [InlineData(ExportView.Praktijk, ExportFormat.Docx, true, "VNL", "", "Een goede praktijk is één praktijk of één soort praktijk: kies er één.")]
    public void A_report_that_makes_no_sense_is_refused_in_Dutch(ExportView view, ExportFormat format, bool report, string stores, string kinds, string message)
    {
        var refused = Assert.Throws<ExportRefusedException>(() => Exporter.Render(Request(view, Filter(stores, kinds)) with { Report = report }, format));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void A_report_names_its_title_and_the_stories_it_contains()
    {
        var restaurant = _indicators.Snapshot.Practices.Single(p => p.Path == "EHV/REST");
        var story = new StoryStore(demo.Installation.Database).ForPractices([restaurant.Id]).Newest.Single();
        var filter = new IndicatorFilter(Period.Year(2025)) { Practices = new HashSet<long> { restaurant.Id } };

        var file = Exporter.Render(Request(ExportView.Praktijk, filter) with { Report = true }, ExportFormat.Docx);

        Assert.Equal(("Impactrapportage Restaurant Het Vervolg · 2025", "rapport-praktijk-2026-11-15.docx"), (file.Title, file.FileName));
        Assert.Equal([story.Id], file.Stories);
        Assert.Empty(Exporter.Render(Request(ExportView.Praktijk, filter), ExportFormat.Pdf).Stories);
    }

    [Fact]
    public void A_count_of_comparison_can_be_normalised()
    {
        var request = Request(ExportView.Vergelijken, Filter()) with { Indicator = IndicatorCode.E1, Normalisation = Normalisation.PerSquareMetre };

        var rows = CsvFile.Rows(Exporter.Render(request, ExportFormat.Csv).Bytes, ';');

        Assert.Equal("Omzet per m² (€ per m²)", rows[0][4]);
        Assert.Equal(_indicators.Snapshot.Practices.Select(p => p.StoreCode).Distinct().Order(), rows.Skip(1).Select(r => r[1]).Order());
    }

    [Fact]
    public void The_overzicht_factsheet_of_one_store_is_the_factsheet_of_its_organisation()
    {
        var organisation = "Kringloop Aan de Maas";
        var practices = _indicators.Snapshot.Practices.Count(p => p.OrganisationName == organisation);

        var file = Exporter.Render(Request(ExportView.Overzicht, Filter(stores: "VNL")), ExportFormat.Pdf);

        Assert.Equal("factsheet-overzicht-2026-11-15.pdf", file.FileName);
        var text = PdfText.Of(file.Bytes);
        Assert.StartsWith($"FACTSHEET · ORGANISATIE ImpactDashboard {organisation}", text, StringComparison.Ordinal);
        Assert.Contains($"{practices} praktijken · 2025", text, StringComparison.Ordinal);
        Assert.Contains($"Bron: {organisation} · ImpactDashboard", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_request_gives_the_same_csv_to_the_byte()
    {
        var request = Request(ExportView.Overzicht, Filter());

        var first = Exporter.Render(request, ExportFormat.Csv).Bytes;
        var second = Exporter.Render(request, ExportFormat.Csv).Bytes;

        Assert.Equal(first, second);
        Assert.True(first.Length > 500, "the key figures of every practice kind");
    }

    [Fact]
    public void Protected_figures_are_hidden_only_where_a_cell_is_small()
    {
        // In 2025 the demo's horeca practices at Amersfoort, Middelburg and Overvecht each had fewer than 5 people leave.
        var filter = Filter(kinds: "horeca");
        var request = Request(ExportView.Vergelijken, filter) with { Indicator = IndicatorCode.P4R };

        var exact = CsvFile.Rows(Exporter.Render(request with { Profile = ViewerProfile.Exact }, ExportFormat.Csv).Bytes, ';');
        var protectedRows = CsvFile.Rows(Exporter.Render(request, ExportFormat.Csv).Bytes, ';');

        string Value(string[][] rows, string store) => rows.Single(r => r[1] == store)[4];
        Assert.Equal("afgeschermd", Value(protectedRows, "AMF"));
        Assert.Equal("33,3", Value(exact, "AMF"));
        // VNL's rate is shown to both: exact, and for a protected viewer from perturbed counts.
        Assert.Matches(@"^\d+,\d$", Value(protectedRows, "VNL"));
        Assert.Matches(@"^\d+,\d$", Value(exact, "VNL"));
        Assert.Equal(exact[0], protectedRows[0]);
        Assert.DoesNotContain(exact.SelectMany(r => r), cell => cell == "afgeschermd");
    }

    /// <summary>
    /// What a board member downloads is what the page showed them: the perturbed counts of the protected view, not the
    /// exact ones — and a store's count is within 2 of the exact one.
    /// </summary>
    [Fact]
    public void A_protected_export_carries_the_perturbed_counts_the_page_shows()
    {
        var filter = Filter();
        var request = Request(ExportView.Vergelijken, filter) with { Indicator = IndicatorCode.P1 };
        var page = _indicators.CompareStores(filter, IndicatorCode.P1, null, Normalisation.None, ViewerProfile.Protected);
        var exact = _indicators.CompareStores(filter, IndicatorCode.P1, null, Normalisation.None, ViewerProfile.Exact)
            .Rows.ToDictionary(r => r.StoreCode, r => r.Figure.Value);

        var rows = CsvFile.Rows(Exporter.Render(request, ExportFormat.Csv).Bytes, ';');

        var shown = page.Rows.Where(r => r.Figure.HasValue).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, r =>
        {
            Assert.Equal(r.Figure.Value!.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture), rows.Single(row => row[1] == r.StoreCode)[4]);
            Assert.InRange(r.Figure.Value!.Value - exact[r.StoreCode]!.Value, -2m, 2m);
        });
        Assert.Contains(shown, r => r.Figure.Value != exact[r.StoreCode]);
    }
}
