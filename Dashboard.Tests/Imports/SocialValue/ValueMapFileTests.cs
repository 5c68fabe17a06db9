using System.Text;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Imports.SocialValue;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Imports.SocialValue;

/// <summary>
/// The value map as CSV (docs/maatschappelijke-waarde.md#waardekaart): what is written reads back the same, both dialects
/// and the English headers are read, and every problem is named by row and column with nothing taken.
/// </summary>
public sealed class ValueMapFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private const string Header = "code;uitkomst;belanghebbende;indicator;proxy_eur;proxy_bron;deadweight_pct;verplaatsing_pct;toerekening_pct;afname_pct;duur_jaren;soorten";

    private string File(string content, Encoding? encoding = null)
    {
        var path = Path.Combine(_folder.Path, Guid.NewGuid().ToString("N") + ".csv");
        System.IO.File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    private static string Problems(ValidationReport report) => string.Join("\n", report.Problems.Select(p => $"{p.Row}|{p.Column}|{p.Message}"));

    [Fact]
    public void The_example_map_written_reads_back_the_same()
    {
        var path = Path.Combine(_folder.Path, "kaart.csv");
        System.IO.File.WriteAllBytes(path, ValueMapFile.Write(ExampleValueMap.Map));

        var (rows, report) = ValueMapFile.Read(path);

        Assert.False(report.HasProblems, Problems(report));
        Assert.All(ExampleValueMap.Map.Rows.Zip(rows!), pair => Assert.True(pair.First.SameAs(pair.Second), $"{pair.First} ≠ {pair.Second}"));
        Assert.StartsWith(Header, System.IO.File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Decimal_point_files_with_English_headers_and_kinds_in_any_case_are_read()
    {
        var path = File("code,outcome,stakeholder,indicator_code,proxy,proxy_source,deadweight,displacement_pct,attribution_pct,drop_off_pct,duration_years,kinds\n" +
                        "FIETS-1,Bikes repaired,Samenleving,m2,0.12,Own estimate,10.5,0,0,0,1,Fietsen | HORECA\n");

        var (rows, report) = ValueMapFile.Read(path);

        Assert.False(report.HasProblems, Problems(report));
        var row = Assert.Single(rows!);
        Assert.Equal((IndicatorCode.M2, 0.12m, 10.5m), (row.Indicator, row.ProxyEur, row.DeadweightPct));
        Assert.Equal(["fietsen", "horeca"], row.Kinds);
    }

    [Fact]
    public void Every_problem_is_named_by_row_and_column_and_nothing_is_taken()
    {
        var path = File(Header + "\n" +
                        "A;Uitkomst;Gemeente;P4;1000;bron;10;0;0;0;3;\n" +
                        "B;Uitkomst;Gemeente;P4R;1000;bron;101;0;0;0;0;taart\n" +
                        "a;Uitkomst;Gemeente;P4;1000;bron;10;0;0;0;3;\n" +
                        "C;;Gemeente;X9;1.5;bron;10;0;0;0;3;\n");

        var (rows, report) = ValueMapFile.Read(path);

        Assert.Null(rows);
        Assert.Equal(
            [
                "3|indicator|P4R is een percentage of gemiddelde, geen aantal: een prijs per eenheid vraagt een aantal. Kies een van P4, P5, P9, P8, M2, M3.",
                "3|deadweight_pct|Een percentage ligt tussen 0 en 100 (nu 101).",
                "3|duur_jaren|De duur is een heel aantal jaren van 1 tot en met 10 (nu 0).",
                "3|soorten|'taart' is geen soort praktijk (bedoelt u 'overig'?).",
                "4|code|De code 'a' staat al in regel 2: elke code één keer.",
                "5|uitkomst|dit veld is verplicht maar leeg",
                "5|indicator|'X9' is geen indicator. Kies een van P4, P5, P9, P8, M2, M3.",
            ],
            report.Problems.Where(p => p.Column != ValueMapFile.Proxy.Name).Select(p => $"{p.Row}|{p.Column}|{p.Message}"));
        Assert.Contains(report.Problems, p => p is { Row: 5, Column: "proxy_eur" }); // "1.5" is not a number where ';' separates
    }

    [Fact]
    public void A_file_without_rows_or_with_a_missing_column_is_refused()
    {
        var (none, empty) = ValueMapFile.Read(File(Header + "\n"));
        var (missing, withoutColumn) = ValueMapFile.Read(File(Header.Replace(";soorten", "").Replace("proxy_bron;", "") + "\nA;U;G;P4;1;10;0;0;0;1\n"));

        Assert.Null(none);
        Assert.Contains(empty.Problems, p => p.Kind == "geen rijen");
        Assert.Null(missing);
        Assert.Contains("proxy_bron", Problems(withoutColumn));
    }

    [Fact]
    public void The_report_speaks_English_when_asked()
    {
        var (_, report) = ValueMapFile.Read(File(Header + "\nA;U;G;P2;1;bron;0;0;0;0;1;\n"), Language.English);

        Assert.Contains("P2 is an output or money already counted, not an outcome", Problems(report));
    }

    [Fact]
    public void Texts_an_export_guards_against_formulas_and_every_decimal_come_back_as_they_were()
    {
        var row = ExampleValueMap.Map.Rows[0] with
        {
            Code = "-C", Stakeholder = "@Gemeente", Outcome = "=geen formule", ProxyEur = 0.1234567890123456m, ProxySource = "+31 bron",
        };
        var path = Path.Combine(_folder.Path, "kaart.csv");
        System.IO.File.WriteAllBytes(path, ValueMapFile.Write(ExampleValueMap.Map with { Rows = [row] }));

        var (rows, report) = ValueMapFile.Read(path);

        Assert.Contains("'=geen formule", System.IO.File.ReadAllText(path), StringComparison.Ordinal); // a spreadsheet shows it as text
        Assert.False(report.HasProblems, Problems(report));
        Assert.True(row.SameAs(Assert.Single(rows!)), $"{row} ≠ {rows![0]}");
    }

    [Theory]
    [InlineData("P2,P3")]
    [InlineData("P3, M1")]
    [InlineData("4")]
    public void An_indicator_is_one_code_by_name(string indicator)
    {
        var (rows, report) = ValueMapFile.Read(File(Header + $"\nA;U;G;\"{indicator}\";1;bron;0;0;0;0;1;\n"));

        Assert.Null(rows);
        Assert.Contains(report.Problems, p => p is { Row: 2, Column: "indicator" });
    }

    [Fact]
    public void A_spreadsheet_cell_formatted_as_a_percentage_is_refused_with_what_to_write()
    {
        var path = Path.Combine(_folder.Path, "kaart.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Waardekaart");
            var headers = Header.Split(';');
            for (var c = 0; c < headers.Length; c++)
            {
                sheet.Cell(1, c + 1).Value = headers[c];
            }
            object[] values = ["A", "Uitkomst", "Gemeente", "P4", 1000, "bron", 0.25, 0, 0, 0.2, 3, ""];
            for (var c = 0; c < values.Length; c++)
            {
                sheet.Cell(2, c + 1).Value = values[c];
            }
            sheet.Range("G2:J2").Style.NumberFormat.NumberFormatId = 9; // 0 %
            workbook.SaveAs(path);
        }

        var (rows, report) = ValueMapFile.Read(path);

        Assert.Null(rows);
        Assert.Equal(
            [
                "2|deadweight_pct|De cel bevat 0,25: staat hij in Excel als percentage opgemaakt (25,00 %)? Schrijf het percentage als gewoon getal, bijvoorbeeld 25,00.",
                "2|afname_pct|De cel bevat 0,2: staat hij in Excel als percentage opgemaakt (20,0 %)? Schrijf het percentage als gewoon getal, bijvoorbeeld 20,0.",
            ],
            report.Problems.Select(p => $"{p.Row}|{p.Column}|{p.Message}"));
    }

    [Fact]
    public void A_file_longer_than_a_map_can_be_is_refused_at_the_first_row_too_many()
    {
        var rows = Enumerable.Range(1, ValueMapRules.MaxRows + 50).Select(i => $"R{i};Uitkomst;Gemeente;P4;100;bron;0;0;0;0;1;");

        var (read, report) = ValueMapFile.Read(File(Header + "\n" + string.Join("\n", rows)));

        Assert.Null(read);
        Assert.Equal("Een waardekaart heeft hoogstens 100 regels.", Assert.Single(report.Problems).Message);
    }

    [Fact]
    public void A_ninth_list_of_kinds_is_refused_at_its_row_and_column()
    {
        string[] kinds = ["winkel", "horeca", "fietsen", "textiel", "meubels", "elektra", "sortering", "horeca|winkel", "winkel|horeca", "horeca|fietsen"];
        var rows = kinds.Select((k, i) => $"R{i};Uitkomst;Gemeente;P4;100;bron;0;0;0;0;1;{k}");

        var (read, report) = ValueMapFile.Read(File(Header + "\n" + string.Join("\n", rows)));

        Assert.Null(read);
        // The header is row 1: the tenth data row, the ninth distinct list (winkel|horeca is horeca|winkel again), is row 11.
        var problem = Assert.Single(report.Problems);
        Assert.Equal((11, "soorten"), (problem.Row, problem.Column));
        Assert.Contains("hoogstens 8", problem.Message);
    }

    public void Dispose() => _folder.Dispose();
}
