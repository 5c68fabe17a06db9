using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Excel;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Settings;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Dashboard.Tests.Exports;

/// <summary>The workbook reopened with the Open XML SDK — never through System.Drawing, which Linux lacks.</summary>
public class ExcelExportTests
{
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static ExportDocument Document(CultureInfo? culture = null) => new(
        new ExportTable("Kerncijfers",
            [new ExportColumn("Winkel"), new ExportColumn("Deelnemerscode"), new ExportColumn("P1 Actieve deelnemers", true, "deelnemers"), new ExportColumn("E1 Omzet", true, "€", 2)],
            [
                [ExportCell.Of("Aan de Maas"), ExportCell.Of("0612"), ExportCell.Of(171m), ExportCell.Of(1226894.25m)],
                [ExportCell.Of("Zwolle"), ExportCell.Of("0007"), ExportCell.Of("<5"), ExportCell.Of(-12.5m)],
            ]),
        null, "2025 · alle organisaties", "Bron: alle organisaties · ImpactDashboard · gegevens t/m 31-10-2026 · geëxporteerd 15-11-2026",
        new DateOnly(2026, 11, 15), [IndicatorCode.P1, IndicatorCode.E1], IndicatorSettings.Defaults, ViewerProfile.Protected, culture ?? Language.Dutch);

    private static (SpreadsheetDocument Document, MemoryStream Stream) Open(byte[] bytes)
    {
        var stream = new MemoryStream(bytes);
        return (SpreadsheetDocument.Open(stream, false), stream);
    }

    private static Cell CellAt(SpreadsheetDocument document, string sheetName, string reference)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
    }

    private static string TextOf(SpreadsheetDocument document, Cell cell) =>
        cell.DataType?.Value == CellValues.SharedString
            ? document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text)).InnerText
            : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    [Fact]
    public void Numbers_are_numbers_codes_stay_text_and_hidden_values_are_words()
    {
        var (document, stream) = Open(ExcelExport.Write(Document()));
        using (stream)
        using (document)
        {
            var participants = CellAt(document, "Cijfers", "C6");
            Assert.True(participants.DataType is null || participants.DataType.Value == CellValues.Number);
            Assert.Equal("171", participants.CellValue!.Text);
            Assert.Equal("-12.5", CellAt(document, "Cijfers", "D7").CellValue!.Text);
            var code = CellAt(document, "Cijfers", "B6");
            Assert.NotNull(code.DataType);
            Assert.NotEqual(CellValues.Number, code.DataType!.Value);
            Assert.Equal("0612", TextOf(document, code));
            Assert.Equal("<5", TextOf(document, CellAt(document, "Cijfers", "C7")));
            Assert.Equal("P1 Actieve deelnemers (deelnemers)", TextOf(document, CellAt(document, "Cijfers", "C5")));
        }
    }

    [Fact]
    public void The_explanation_sheet_holds_the_filter_definitions_and_settings_with_their_sources()
    {
        var (document, stream) = Open(ExcelExport.Write(Document()));
        using (stream)
        using (document)
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            Assert.Equal(["Cijfers", "Toelichting"], sheet);
            var texts = document.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
            Assert.Contains("2025 · alle organisaties", texts);
            Assert.Contains(IndicatorCatalogue.Get(IndicatorCode.E1).Definition(Language.Dutch), texts);
            Assert.Contains(texts, t => t.Contains("TNO voor de BKN-sectormonitor", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("<5", StringComparison.Ordinal) && t.Contains("1 t/m 4", StringComparison.Ordinal));
            Assert.Contains(texts, t => t.Contains("kleine afwijkingen van ±2 beschermen de privacy", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_exact_workbook_says_its_figures_are_exact_and_promises_no_protection()
    {
        var (document, stream) = Open(ExcelExport.Write(Document() with { Profile = ViewerProfile.Exact }));
        using (stream)
        using (document)
        {
            var texts = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
            Assert.Contains("exacte cijfers, niets afgeschermd en niets verschoven", texts);
            Assert.DoesNotContain(texts, t => t.Contains("1 t/m 4", StringComparison.Ordinal) || t.Contains("±2", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_chart_is_a_picture_part_on_its_own_sheet()
    {
        var (document, stream) = Open(ExcelExport.Write(Document(Language.English), OnePixelPng, 1200, 675));
        using (stream)
        using (document)
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["Figures", "Explanation", "Chart"], sheets.Select(s => s.Name!.Value));
            var chart = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[2].Id!.Value!);
            var image = Assert.Single(chart.DrawingsPart!.ImageParts);
            Assert.Equal("image/png", image.ContentType);
            using var png = image.GetStream();
            var bytes = new byte[8];
            png.ReadExactly(bytes);
            Assert.Equal(OnePixelPng[..8], bytes);
            Assert.Single(chart.Worksheet.Elements<Drawing>());
        }
    }

    [Fact]
    public void A_text_longer_than_an_Excel_cell_holds_is_shortened_with_an_ellipsis_not_refused()
    {
        var name = new string('k', 40_000);
        var document = Document() with { Table = new ExportTable("Per winkel", [new ExportColumn("Winkel")], [[ExportCell.Of(name)]]) };

        var (workbook, stream) = Open(ExcelExport.Write(document));
        using (stream)
        using (workbook)
        {
            var cell = TextOf(workbook, CellAt(workbook, "Cijfers", "A6"));
            Assert.Equal(32_767, cell.Length);
            Assert.Equal(name[..32_766] + "…", cell);
        }
    }
}
