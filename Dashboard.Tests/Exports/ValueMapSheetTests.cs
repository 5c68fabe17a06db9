using ClosedXML.Excel;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Excel;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports;

/// <summary>
/// The value map sheet of a workbook, on the demo sector as a protected viewer downloads it, read back with ClosedXML (the
/// workbook written without the chart picture): what a communications officer checks before sending it to a funder.
/// </summary>
public sealed class ValueMapSheetTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private const int HeaderRow = 5;
    private static readonly DateOnly ExportedOn = new(2026, 11, 15);

    private readonly IndicatorService _indicators = new(new SnapshotCache(demo.Installation.Database), new SettingsStore(demo.Installation.Database));

    private ExportViews Views => new(_indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database),
        new AnnotationStore(demo.Installation.Database));

    private static IndicatorFilter Horeca => new(Period.Year(2025)) { PracticeKinds = new HashSet<string> { "horeca" } };

    private IndicatorFilter OnePractice(string path) =>
        new(Period.Year(2025)) { Practices = new HashSet<long> { _indicators.Snapshot.Practices.Single(p => p.Path == path).Id } };

    private static ExportRequest Request(ExportView view, IndicatorFilter filter) => new(view, filter, ViewerProfile.Protected, ExportedOn);

    private IndicatorGroup Total(IndicatorFilter filter) => _indicators.Calculate(filter, null, ViewerProfile.Protected).Total;

    private static XLWorkbook Workbook(ExportDocument document) => new(new MemoryStream(ExcelExport.Write(document)));

    private static int Row(IXLWorksheet sheet, string label) =>
        sheet.Column(1).CellsUsed().Single(c => c.GetString() == label).Address.RowNumber;

    [Fact]
    public void The_practice_workbook_has_the_value_map_with_a_row_per_map_row_and_W1_as_its_total()
    {
        var total = Total(Horeca);
        var map = total.Value!.Map;

        using var workbook = Workbook(Views.Build(Request(ExportView.Praktijk, Horeca)));
        var sheet = workbook.Worksheet("Waardekaart");

        Assert.Equal(["Cijfers", "Waardekaart", "Toelichting"], workbook.Worksheets.Select(s => s.Name));
        Assert.Equal(
        [
            "Belanghebbende", "Uitkomst", "Indicator", "Hoeveelheid (Q)", "Financiële proxy (€)", "Bron van de proxy", "Deadweight (%)",
            "Verplaatsing (%)", "Toerekening (%)", "Afname per jaar (%)", "Duur (jaar)", "Waarde eerste jaar (€)", "Contante waarde (€)",
        ], sheet.Row(HeaderRow).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(map.Rows.Select(r => r.Stakeholder), Enumerable.Range(HeaderRow + 1, map.Rows.Count).Select(r => sheet.Cell(r, 1).GetString()));
        Assert.Equal("P4 Uitstroom naar betaald werk", sheet.Cell(HeaderRow + 1, 3).GetString()[..30]);
        var proxy = sheet.Cell(HeaderRow + 1, 5);
        Assert.Equal(XLDataType.Number, proxy.DataType);
        Assert.Equal(14_000, proxy.GetDouble());
        Assert.Equal("#,##0.00", proxy.Style.NumberFormat.Format);
        Assert.Equal(25, sheet.Cell(HeaderRow + 1, 7).GetDouble());
        Assert.Equal(3, sheet.Cell(HeaderRow + 1, 11).GetDouble());

        var totalRow = HeaderRow + 1 + map.Rows.Count;
        Assert.Equal("Totaal (W1)", sheet.Cell(totalRow, 1).GetString());
        var w1 = Math.Round(total[IndicatorCode.W1].Value!.Value, 2, MidpointRounding.AwayFromZero);
        Assert.Equal((double)w1, sheet.Cell(totalRow, 13).GetDouble());
        var rows = Enumerable.Range(HeaderRow + 1, map.Rows.Count).Sum(r => (decimal)sheet.Cell(r, 13).GetDouble());
        Assert.InRange(rows, w1 - 0.01m * map.Rows.Count, w1 + 0.01m * map.Rows.Count);   // each row rounded to the cent
        Assert.All(Enumerable.Range(1, 13), c => Assert.True(sheet.Column(c).Width >= 10, $"column {c} has a width"));
    }

    [Fact]
    public void It_says_indicative_and_based_on_example_values_and_gives_the_discount_rate_investment_and_return_with_its_range()
    {
        var total = Total(Horeca);

        using var workbook = Workbook(Views.Build(Request(ExportView.Praktijk, Horeca)));
        var sheet = workbook.Worksheet("Waardekaart");

        Assert.Equal("Indicatief — niet geverifieerd, op basis van voorbeeldwaarden", sheet.Cell(3, 1).GetString());
        var rate = Row(sheet, "Disconteringsvoet (%)");
        Assert.Equal(2.25, sheet.Cell(rate, 4).GetDouble());
        Assert.Contains("Werkgroep discontovoet 2020", sheet.Cell(rate, 6).GetString(), StringComparison.Ordinal);
        foreach (var code in new[] { IndicatorCode.W4, IndicatorCode.W2, IndicatorCode.W3, IndicatorCode.W3L, IndicatorCode.W3H })
        {
            var indicator = IndicatorCatalogue.Get(code);
            var row = Row(sheet, $"{code} {indicator.Name(Language.Dutch)}");
            var cell = sheet.Cell(row, 4);
            Assert.Equal(indicator.Unit(Language.Dutch), sheet.Cell(row, 6).GetString());
            Assert.Equal((double)Math.Round(total[code].Value!.Value, 2, MidpointRounding.AwayFromZero), cell.GetDouble());
            Assert.Equal("#,##0.00", cell.Style.NumberFormat.Format);
        }
    }

    [Fact]
    public void A_row_whose_quantity_is_protected_shows_the_hidden_word_and_no_number_and_so_does_the_total()
    {
        var filter = OnePractice("AMF/HORECA1");
        var total = Total(filter);
        var hidden = total.Value!.Rows.Select((r, i) => (r, i)).Where(p => p.r.Value is null).Select(p => HeaderRow + 1 + p.i).ToList();
        Assert.NotEmpty(hidden);   // the demo has a protected outflow here
        var exactW1 = _indicators.Calculate(filter, null, ViewerProfile.Exact).Total[IndicatorCode.W1].Value!.Value;

        using var workbook = Workbook(Views.Build(Request(ExportView.Praktijk, filter)));
        var sheet = workbook.Worksheet("Waardekaart");

        foreach (var row in hidden)
        {
            Assert.All(new[] { 4, 12, 13 }, c =>
            {
                Assert.Equal(XLDataType.Text, sheet.Cell(row, c).DataType);
                Assert.Equal("afgeschermd", sheet.Cell(row, c).GetString());
            });
            Assert.Equal(XLDataType.Number, sheet.Cell(row, 5).DataType);   // the map's own assumptions still show
        }
        Assert.Equal("afgeschermd", sheet.Cell(HeaderRow + 1 + total.Value.Rows.Count, 13).GetString());
        Assert.Equal("afgeschermd", sheet.Cell(Row(sheet, "W3 Maatschappelijk rendement (€ per € investering)"), 4).GetString());
        var numbers = sheet.CellsUsed().Where(c => c.DataType == XLDataType.Number).Select(c => c.GetDouble()).ToList();
        Assert.DoesNotContain((double)Math.Round(exactW1, 2, MidpointRounding.AwayFromZero), numbers);
    }

    [Fact]
    public void The_overview_workbook_has_it_too_in_English_as_value_map()
    {
        var request = Request(ExportView.Overzicht, new IndicatorFilter(Period.Year(2025))) with { Culture = Language.English };

        using var workbook = Workbook(Views.Build(request));

        Assert.Equal(["Figures", "Value map", "Explanation"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet("Value map");
        Assert.Equal("Indicative — not verified, based on example values", sheet.Cell(3, 1).GetString());
        Assert.Equal("Stakeholder", sheet.Cell(HeaderRow, 1).GetString());
        Assert.Equal("Discount rate (%)", sheet.Cell(Row(sheet, "Discount rate (%)"), 1).GetString());
    }

    [Fact]
    public void Comparisons_single_charts_and_participant_filters_carry_no_value_map()
    {
        var byTargetGroup = Horeca with { TargetGroups = new HashSet<string> { "zonder_werk" } };

        Assert.Null(Views.Build(Request(ExportView.Vergelijken, Horeca)).SocialValue);
        Assert.Null(Views.Build(Request(ExportView.Praktijk, Horeca) with { Chart = "trechter" }).SocialValue);
        Assert.Null(Views.Build(Request(ExportView.Praktijk, byTargetGroup)).SocialValue);
        Assert.NotNull(Views.Build(Request(ExportView.Overzicht, new IndicatorFilter(Period.Year(2025)))).SocialValue);
    }

    [Fact]
    public void The_praktijk_csv_carries_the_social_value_figures_as_its_other_rows()
    {
        var file = new Exporter(_indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database), new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database))
            .Render(Request(ExportView.Praktijk, Horeca), ExportFormat.Csv);

        var codes = CsvFile.Rows(file.Bytes, ';').Select(r => r[0]).ToList();
        Assert.All(new[] { "W1", "W2", "W3", "W4", "W3L", "W3H" }, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void The_practice_workbook_lists_the_value_map_between_the_figures_and_the_explanation()
    {
        var file = new Exporter(_indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database), new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database))
            .Render(Request(ExportView.Praktijk, Horeca), ExportFormat.Xlsx);

        Assert.Equal("Cijfers, Waardekaart, Toelichting, Grafiek", ExportedFile.Open(ExportFormat.Xlsx, file.Bytes));
    }

    [Fact]
    public void A_confirmed_map_stays_indicative_but_is_no_longer_called_example_values()
    {
        var map = ExampleValueMap.Map.ConfirmedAs("beheerder", new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var rows = map.Rows.Select(r => new RowFigure(r, SocialValueFormulas.Value(r, 10m, map.DiscountRatePct))).ToList();
        var figures = new[] { IndicatorCode.W1, IndicatorCode.W2, IndicatorCode.W3, IndicatorCode.W4, IndicatorCode.W3L, IndicatorCode.W3H }
            .ToDictionary(c => c, c => new Figure(c, FigureStatus.Ok, 1m, 1));
        var group = new IndicatorGroup("", "Totaal", Period.Year(2025), figures) { Value = new GroupValue(rows, [], map) };
        var document = new ExportDocument(new ExportTable("Kerncijfers", [new ExportColumn("Soort")], [[ExportCell.Of("horeca")]]), null, "2025",
            "Bron", ExportedOn, [], IndicatorSettings.Defaults, ViewerProfile.Protected, Language.Dutch) { SocialValue = group };

        using var workbook = Workbook(document);

        Assert.Equal("Indicatief — niet geverifieerd", workbook.Worksheet("Waardekaart").Cell(3, 1).GetString());
    }
}
