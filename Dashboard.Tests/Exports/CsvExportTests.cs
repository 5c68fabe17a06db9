using System.Globalization;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Tables;

namespace Dashboard.Tests.Exports;

public class CsvExportTests
{
    private static readonly ExportTable Table = new("Omzet per winkel",
        [new ExportColumn("Winkel"), new ExportColumn("Omzet", true, "€", 2), new ExportColumn("Deelnemers", true, "deelnemers")],
        [
            [ExportCell.Of("Aan de Maas; Venlo"), ExportCell.Of(1234.5m), ExportCell.Of(12m)],
            [ExportCell.Of("=HYPERLINK(\"http://x\",\"klik\")"), ExportCell.Of(-12.5m), ExportCell.Of("<5")],
            [ExportCell.Of("-Min"), ExportCell.Of(0.005m), ExportCell.Of(0m)],
        ]);

    [Fact]
    public void Both_dialects_give_back_the_same_numbers()
    {
        var dutch = CsvFile.Rows(CsvExport.Write(Table, CsvDialect.DutchExcel), ';');
        var international = CsvFile.Rows(CsvExport.Write(Table, CsvDialect.International), ',');

        Assert.Equal(["Winkel", "Omzet (€)", "Deelnemers (deelnemers)"], dutch[0]);
        Assert.Equal(["1234,50", "-12,50", "0,01"], dutch.Skip(1).Select(r => r[1]));
        Assert.Equal(["1234.50", "-12.50", "0.01"], international.Skip(1).Select(r => r[1]));
        var fromDutch = dutch.Skip(1).Select(r => decimal.Parse(r[1], NumberStyles.Number, CultureInfo.GetCultureInfo("nl-NL")));
        var fromInternational = international.Skip(1).Select(r => decimal.Parse(r[1], NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal(fromDutch, fromInternational);
    }

    [Fact]
    public void A_text_that_a_spreadsheet_would_run_is_escaped_while_numbers_stay_numbers()
    {
        var rows = CsvFile.Rows(CsvExport.Write(Table, CsvDialect.DutchExcel), ';');

        Assert.Equal("'=HYPERLINK(\"http://x\",\"klik\")", rows[2][0]);
        Assert.Equal("'-Min", rows[3][0]);
        Assert.Equal("-12,50", rows[2][1]);            // a negative number is not a formula
        Assert.Equal("<5", rows[2][2]);                // a hidden count stays words, never 0
        Assert.Equal("Aan de Maas; Venlo", rows[1][0]); // quoted around the delimiter, read back whole
    }
}
