using System.Globalization;
using System.Text;
using Dashboard.Data.Export;
using Dashboard.Data.Export.Tables;

namespace Dashboard.Tests.Export;

public class CsvExportTests
{
    private static readonly ExportTable Table = new("Omzet per winkel",
        [new ExportColumn("Winkel"), new ExportColumn("Omzet", true, "€", 2), new ExportColumn("Deelnemers", true, "deelnemers")],
        [
            [ExportCell.Of("Aan de Maas; Venlo"), ExportCell.Of(1234.5m), ExportCell.Of(12m)],
            [ExportCell.Of("=HYPERLINK(\"http://x\",\"klik\")"), ExportCell.Of(-12.5m), ExportCell.Of("<5")],
            [ExportCell.Of("-Min"), ExportCell.Of(0.005m), ExportCell.Of(0m)],
        ]);

    private static string[][] Rows(byte[] bytes, char delimiter)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "UTF-8 with BOM");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => Split(line, delimiter)).ToArray();
    }

    /// <summary>A minimal RFC 4180 reader: enough to read back what was written.</summary>
    private static string[] Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == delimiter && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }

    [Fact]
    public void Both_dialects_give_back_the_same_numbers()
    {
        var dutch = Rows(CsvExport.Write(Table, CsvDialect.DutchExcel), ';');
        var international = Rows(CsvExport.Write(Table, CsvDialect.International), ',');

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
        var rows = Rows(CsvExport.Write(Table, CsvDialect.DutchExcel), ';');

        Assert.Equal("'=HYPERLINK(\"http://x\",\"klik\")", rows[2][0]);
        Assert.Equal("'-Min", rows[3][0]);
        Assert.Equal("-12,50", rows[2][1]);            // a negative number is not a formula
        Assert.Equal("<5", rows[2][2]);                // a hidden count stays words, never 0
        Assert.Equal("Aan de Maas; Venlo", rows[1][0]); // quoted around the delimiter, read back whole
    }
}
