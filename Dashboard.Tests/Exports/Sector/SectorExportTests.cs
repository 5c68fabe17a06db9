using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Exports.Charts;
using Dashboard.Tests.Exports.Factsheets;

namespace Dashboard.Tests.Exports.Sector;

/// <summary>
/// The sector position as exports (docs/weergave-en-export.md#sectorvergelijking): a box from P25 to P75 with the median and
/// the own value marked "uw organisatie"; one row of figures; no numbers when too few organisations count; and the factsheet's
/// sentence only when the position is shown.
/// </summary>
public sealed class SectorExportTests(SectorInstallation sector) : IClassFixture<SectorInstallation>
{
    private static readonly DateOnly ExportedOn = new(2026, 11, 15);

    private static Exporter ExporterOf(SectorInstallation installation) => new(installation.Indicators,
        new TargetStore(installation.Installation.Database), new TheoryOfChangeStore(installation.Installation.Database),
        new AnnotationStore(installation.Installation.Database), new StoryStore(installation.Installation.Database));

    private static ExportRequest Request(SectorInstallation installation, CultureInfo? culture = null, string kind = "") =>
        new(ExportView.Sector, FilterResolver.Resolve(new NamedFilter
        {
            Organisations = [SectorInstallation.Own],
            PracticeKinds = kind.Split(',', StringSplitOptions.RemoveEmptyEntries),
        }, SectorInstallation.Year, installation.Indicators.Snapshot.Practices), ViewerProfile.Protected, ExportedOn)
        {
            Indicator = IndicatorCode.P4R,
            Culture = culture ?? Language.Dutch,
        };

    [Fact]
    public void The_svg_draws_a_box_a_median_and_the_own_value_marked_uw_organisatie()
    {
        var file = ExporterOf(sector).Render(Request(sector), ExportFormat.Svg);
        var svg = SvgFile.Open(System.Text.Encoding.UTF8.GetString(file.Bytes));
        var texts = SvgFile.Texts(svg);

        Assert.Equal("impactdashboard-sector-2026-11-15.svg", file.FileName);
        Assert.Equal("% uitstroom naar betaald werk", svg.Element(SvgFile.Svg + "title")!.Value);
        var own = sector.Position().Format(sector.Position().Own.Value!.Value, Language.Dutch);
        Assert.Contains($"uw organisatie: {own}", texts);
        Assert.Contains(texts, t => t.StartsWith("middelste helft van de andere organisaties (", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("mediaan", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith($"Met {own} (% uitstroom naar betaald werk) zit Restaurant Eigen Koers in het", StringComparison.Ordinal));
        // The box: a rectangle filled and outlined in the first series' colour, 72 high; the own marker a rounded one in the sixth's, taller.
        var rects = svg.Descendants(SvgFile.Svg + "rect").ToList();
        Assert.Contains(rects, e => (string?)e.Attribute("fill") == "#0072B2" && (string?)e.Attribute("height") == "72");
        Assert.Contains(rects, e => (string?)e.Attribute("stroke") == "#0072B2" && (string?)e.Attribute("height") == "72");
        Assert.Equal(2, svg.Descendants(SvgFile.Svg + "path").Count(e => (string?)e.Attribute("fill") == "#D55E00")); // the marker and its legend swatch
    }

    [Fact]
    public void In_english_the_own_value_is_your_organisation()
    {
        var svg = SvgFile.Open(System.Text.Encoding.UTF8.GetString(ExporterOf(sector).Render(Request(sector, Language.English), ExportFormat.Svg).Bytes));

        Assert.Contains($"your organisation: {sector.Position().Format(sector.Position().Own.Value!.Value, Language.English)}", SvgFile.Texts(svg));
    }

    [Fact]
    public void The_figures_are_one_row_with_the_columns_of_the_command_line()
    {
        var position = sector.Position();
        var rows = CsvFile.Rows(ExporterOf(sector).Render(Request(sector), ExportFormat.Csv).Bytes, ';');
        var english = CsvFile.Rows(ExporterOf(sector).Render(Request(sector, Language.English), ExportFormat.Csv, dialect: CsvDialect.International).Bytes, ',');

        Assert.Equal(["indicator", "organisaties", "p25 (%)", "mediaan (%)", "p75 (%)", "eigen waarde (%)", "kwart", "status"], rows[0]);
        Assert.Equal(["indicator", "organisations", "p25 (%)", "median (%)", "p75 (%)", "own value (%)", "quarter", "status"], english[0]);
        string Nl(decimal? value) => value!.Value.ToString("0.0", Language.Dutch);
        Assert.Equal(["P4R % uitstroom naar betaald werk", "9", Nl(position.P25), Nl(position.Median), Nl(position.P75), Nl(position.Own.Value),
            position.Quarter!.Value.ToString(CultureInfo.InvariantCulture), "vergeleken"], rows[1]);
        Assert.Equal(2, rows.Length);
    }

    [Fact]
    public void The_workbook_says_the_sentence_and_how_it_is_computed()
    {
        var text = XlsxText.Of(ExporterOf(sector).Render(Request(sector), ExportFormat.Xlsx).Bytes);

        Assert.Contains("Sectorpositie", text);
        Assert.Contains($"Met {sector.Position().Format(sector.Position().Own.Value!.Value, Language.Dutch)} (% uitstroom naar betaald werk) zit Restaurant Eigen Koers", text);
        Assert.Contains("Hoe berekend", text);
        Assert.Contains("PERCENTILE.INC", text);
    }

    [Fact]
    public void With_too_few_organisations_no_numbers_only_the_reason()
    {
        using var few = SectorInstallation.WithOthersTakingPart(6);

        var rows = CsvFile.Rows(ExporterOf(few).Render(Request(few), ExportFormat.Csv).Bytes, ';');
        var svg = SvgFile.Open(System.Text.Encoding.UTF8.GetString(ExporterOf(few).Render(Request(few), ExportFormat.Svg).Bytes));
        var texts = string.Join(" ", SvgFile.Texts(svg));

        Assert.Equal(["P4R % uitstroom naar betaald werk", "", "", "", "", "", "", "te weinig organisaties"], rows[1]);
        Assert.Contains("te weinig organisaties", texts, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("uw organisatie", texts);
        Assert.DoesNotContain("%", texts.Replace("% uitstroom", ""));
        Assert.DoesNotContain("mediaan", texts);
    }

    [Fact]
    public void A_sector_export_of_more_than_one_organisation_is_refused()
    {
        var request = Request(sector) with
        {
            Filter = FilterResolver.Resolve(new NamedFilter(), SectorInstallation.Year, sector.Indicators.Snapshot.Practices),
        };

        Assert.Throws<ExportRefusedException>(() => ExporterOf(sector).Render(request, ExportFormat.Csv));
        Assert.Throws<ExportRefusedException>(() => ExporterOf(sector).Render(Request(sector), ExportFormat.Pdf));
        Assert.Throws<ExportRefusedException>(() => ExporterOf(sector).Render(Request(sector) with { Indicator = IndicatorCode.W3 }, ExportFormat.Csv));
    }

    [Fact]
    public void The_organisation_factsheet_says_where_its_outflow_stands_when_shown()
    {
        var factsheet = FactsheetBuilder.ForOrganisation(sector.Indicators, new TargetStore(sector.Installation.Database), [], sector.OwnId,
            SectorInstallation.Year, ViewerProfile.Protected, Language.Dutch, ExportedOn);

        var sentence = Assert.Single(factsheet.Sentences, s => s.Contains("andere organisaties", StringComparison.Ordinal));
        Assert.StartsWith($"Met {sector.Position().Format(sector.Position().Own.Value!.Value, Language.Dutch)} (% uitstroom naar betaald werk) zit Kringloop Eigen Koers in het", sentence);
        Assert.InRange(factsheet.Sentences.Count, 1, FactsheetSentences.Most);
    }

    [Fact]
    public void The_factsheet_of_the_organisations_restaurants_says_it_too()
    {
        var filter = FilterResolver.Resolve(new NamedFilter { Organisations = [SectorInstallation.Own], PracticeKinds = ["horeca"] },
            SectorInstallation.Year, sector.Indicators.Snapshot.Practices);
        var factsheet = FactsheetBuilder.ForPractice(sector.Indicators, new TargetStore(sector.Installation.Database),
            new TheoryOfChangeStore(sector.Installation.Database), filter, ViewerProfile.Protected, Language.Dutch, ExportedOn);

        var own = sector.Position("horeca").Format(sector.Position("horeca").Own.Value!.Value, Language.Dutch);
        Assert.Contains(factsheet.Sentences, s => s.StartsWith($"Met {own} (% uitstroom naar betaald werk) zit Restaurant Eigen Koers in het", StringComparison.Ordinal)
            && s.Contains("met Horeca", StringComparison.Ordinal));
    }

    [Fact]
    public void With_too_few_organisations_the_factsheet_has_no_sector_sentence()
    {
        using var few = SectorInstallation.WithOthersTakingPart(6);

        var factsheet = FactsheetBuilder.ForOrganisation(few.Indicators, new TargetStore(few.Installation.Database), [], few.OwnId,
            SectorInstallation.Year, ViewerProfile.Protected, Language.Dutch, ExportedOn);

        Assert.DoesNotContain(factsheet.Sentences, s => s.Contains("andere organisaties", StringComparison.Ordinal) || s.Contains("organisaties voor", StringComparison.Ordinal));
    }
}
