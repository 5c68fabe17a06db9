using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Sales;

namespace Dashboard.Data.Installation.Demo;

/// <summary>`verkopen`: streams rows into a CSV of the given format, one row in memory at a time; returns the number written.</summary>
internal static class SalesFileWriter
{
    public static int Write(string path, IEnumerable<SalesRow> rows, DemoCsvFormat format)
    {
        var layout = new DemoRowLayout(ImportKind.Verkopen);
        var (date, store, practice, category) = (layout.IndexOf(SalesImport.Date), layout.IndexOf(SalesImport.Store),
            layout.IndexOf(SalesImport.Practice), layout.IndexOf(SalesImport.Category));
        var (revenue, items, weight, transactions) = (layout.IndexOf(SalesImport.Revenue), layout.IndexOf(SalesImport.Items),
            layout.IndexOf(SalesImport.Weight), layout.IndexOf(SalesImport.Transactions));
        using var csv = new CsvTextWriter(path, format.Delimiter, format.Encoding);
        csv.WriteRow(layout.Headers);
        var fields = new string?[layout.Count];
        var count = 0;
        foreach (var row in rows)
        {
            fields[date] = format.Date(row.Date);
            fields[store] = row.Store;
            fields[practice] = row.Practice;
            fields[category] = row.Category;
            fields[revenue] = format.Money(row.RevenueCents);
            fields[items] = format.Whole(row.Items);
            fields[weight] = row.WeightTenthsOfKg is { } tenths ? format.Number(tenths / 10m, decimals: 1) : null;
            fields[transactions] = format.Whole(row.Transactions);
            csv.WriteRow(fields);
            count++;
        }
        return count;
    }
}
