using System.Globalization;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Investments;

namespace Dashboard.Data.Installation.Demo;

/// <summary>`investeringen`: one row per practice, year and funder, as a Dutch Excel user saves it (';', Windows-1252, "12.500,00").</summary>
internal static class InvestmentFileWriter
{
    public static readonly DemoCsvFormat Format = DemoCsvFormat.DutchExcel("dd-MM-yyyy", thousandsSeparator: true);

    public static void Write(string path, IEnumerable<DemoInvestment> investments)
    {
        var layout = new DemoRowLayout(ImportKind.Investeringen);
        using var csv = new CsvTextWriter(path, Format.Delimiter, Format.Encoding);
        csv.WriteRow(layout.Headers);
        foreach (var investment in investments)
        {
            var row = new string?[layout.Count];
            row[layout.IndexOf(InvestmentImport.Store)] = investment.Store.Code;
            row[layout.IndexOf(InvestmentImport.Practice)] = investment.Practice.Code;
            row[layout.IndexOf(InvestmentImport.Year)] = investment.Year.ToString(CultureInfo.InvariantCulture);
            row[layout.IndexOf(InvestmentImport.Amount)] = Format.Money(investment.Cents);
            row[layout.IndexOf(InvestmentImport.Funder)] = investment.Funder;
            row[layout.IndexOf(InvestmentImport.Description)] = investment.Description;
            csv.WriteRow(row);
        }
    }
}
