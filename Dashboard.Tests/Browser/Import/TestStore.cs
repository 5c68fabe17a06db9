using System.Globalization;
using System.Text;

namespace Dashboard.Tests.Browser.Import;

/// <summary>
/// A store of the browser tests' own, for one journey: a store code no demo store has, an organisation of its own,
/// so that its sales show in that organisation's figures only and never touch what another test checks.
/// </summary>
public sealed record TestStore(string Organisation, string Code, params string[] Practices)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The `winkels` file that creates it (every practice of kind `winkel`), as Dutch Excel writes a CSV.</summary>
    public string WriteStoresFile(string folder, string fileName) => Write(folder, fileName,
        "organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort;vloeroppervlak_m2",
        Practices.Select(p => $"{Organisation};{Code};{Organisation} {Code};Utrecht;{p};Praktijk {p};winkel;500"));

    /// <summary>A `verkopen` file with these sales, amounts with a decimal comma and thousands dots ("1.234,56").</summary>
    public static string WriteSalesFile(string folder, string fileName, IEnumerable<Sale> sales) => Write(folder, fileName,
        "datum;winkel;praktijk;categorie;omzet;aantal;gewicht_kg;transacties",
        sales.Select(s => $"{s.Date:dd-MM-yyyy};{s.Store};{s.Practice};{s.Category};{s.Revenue.ToString("N2", Dutch)};{s.Items};;{s.Items}"));

    public Sale Sale(string practice, int novemberDay, decimal revenue, string category = "huisraad", int items = 2) =>
        new(new DateOnly(2026, 11, novemberDay), Code, practice, category, revenue, items);

    private static string Write(string folder, string fileName, string header, IEnumerable<string> rows)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, header + "\r\n" + string.Join("\r\n", rows) + "\r\n", new UTF8Encoding(false));
        return path;
    }
}
