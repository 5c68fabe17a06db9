using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Stores;

namespace Dashboard.Data.Installation.Demo;

/// <summary>`winkels`: one row per store and practice, as a Dutch Excel user saves it (';', Windows-1252, "1.250" or "482,5" m²).</summary>
internal static class StoreFileWriter
{
    public static readonly DemoCsvFormat Format = DemoCsvFormat.DutchExcel("dd-MM-yyyy", thousandsSeparator: true);

    public static void Write(string path, IReadOnlyList<DemoOrganisation> organisations)
    {
        var layout = new DemoRowLayout(ImportKind.Winkels);
        using var csv = new CsvTextWriter(path, Format.Delimiter, Format.Encoding);
        csv.WriteRow(layout.Headers);
        foreach (var organisation in organisations)
        {
            foreach (var store in organisation.Stores)
            {
                foreach (var practice in store.Practices)
                {
                    var row = new string?[layout.Count];
                    row[layout.IndexOf(StoreImport.Organisation)] = organisation.Name;
                    row[layout.IndexOf(StoreImport.Store)] = store.Code;
                    row[layout.IndexOf(StoreImport.StoreName)] = store.Name;
                    row[layout.IndexOf(StoreImport.City)] = store.City;
                    row[layout.IndexOf(StoreImport.Practice)] = practice.Code;
                    row[layout.IndexOf(StoreImport.PracticeName)] = practice.Name;
                    row[layout.IndexOf(StoreImport.Kind)] = practice.Kind;
                    row[layout.IndexOf(StoreImport.FloorArea)] = Format.Number(store.FloorArea, decimals: 1);
                    csv.WriteRow(row);
                }
            }
        }
    }
}
