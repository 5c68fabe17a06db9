using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

/// <summary>
/// A CSV file is held to the same limits as a workbook: a row with more fields than the column limit, a field longer
/// than a cell may be, more rows than the row limit — refused with the limit named, before the parser holds them.
/// </summary>
public sealed class CsvRowSourceLimitsTests : IDisposable
{
    private readonly TestInstallation _install = new();

    /// <summary>Writes a stores file: the standard header, then what <paramref name="write"/> writes from row 2 on.</summary>
    private string StoresFile(Action<StreamWriter> write)
    {
        var path = Path.Combine(_install.Folder, "winkels.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(StandardStores.Header + "\r\n");
        write(writer);
        return path;
    }

    private string Refusal(string path, ImportLimits? limits = null) => _install.RefusedWithFlatMemory(ImportKind.Winkels, path, limits);

    [Fact]
    public void A_field_of_ten_million_characters_is_refused_at_the_field_limit()
    {
        var path = StoresFile(w =>
        {
            w.Write("Kringloop Oost;OST;Oost Centrum;");
            var block = new string('x', 1 << 16);
            for (var i = 0; i < 160; i++)
            {
                w.Write(block);
            }
            w.Write(";WINKEL;Winkelvloer;winkel;100\r\n");
        });

        var message = Refusal(path);

        Assert.Equal("Een veld in rij 2 heeft meer dan 32.767 tekens; de grens is 32.767 tekens per cel (instelling Import:MaxFieldCharacters).", message);
    }

    [Fact]
    public void A_row_of_ten_million_empty_fields_is_refused_at_the_column_limit()
    {
        var path = StoresFile(w =>
        {
            w.Write("Kringloop Oost;OST;Oost Centrum;Enschede;WINKEL;Winkelvloer;winkel;100\r\n");
            var block = new string(';', 1 << 16);
            for (var i = 0; i < 160; i++)
            {
                w.Write(block);
            }
            w.Write("\r\n");
        });

        var message = Refusal(path);

        Assert.Equal("Rij 3 heeft meer dan 1.000 velden; de grens is 1.000 kolommen (instelling Import:MaxColumns).", message);
    }

    [Fact]
    public void Fields_that_each_hold_a_quoted_line_break_are_still_one_row_and_are_counted_as_such()
    {
        var path = StoresFile(w =>
        {
            for (var i = 0; i < 2_000_000; i++)
            {
                w.Write("\"\r\n\";");
            }
            w.Write("\r\n");
        });

        var message = Refusal(path);

        Assert.StartsWith("Rij 2 heeft meer dan 1.000 velden", message);
    }

    [Fact]
    public void A_row_with_exactly_as_many_fields_as_the_limit_is_read_and_one_more_is_refused()
    {
        var limits = new ImportLimits { MaxColumns = 8 };
        var path = _install.WriteFile("winkels.csv", $"{StandardStores.Header}\nKringloop Oost;OST;\"Oost; Centrum\";\"Ens\nchede\";WINKEL;Winkelvloer;winkel;100");

        // The quoted ';' and line break stay inside their fields, read whole: eight fields, and then a place name with a line
        // break, which no name may hold.
        var problem = ImportAssert.RefusedAt(_install.Import(limits, ImportKind.Winkels, path), 2, "plaats");
        Assert.Equal("Ens[U+000D][U+000A]chede", problem.Value);
        var oneLine = _install.WriteFile("winkels-1.csv", $"{StandardStores.Header}\nKringloop Oost;OST;\"Oost; Centrum\";\"Enschede\";WINKEL;Winkelvloer;winkel;100");
        ImportAssert.Succeeded(_install.Import(limits, ImportKind.Winkels, oneLine));
        Assert.Equal(["Oost; Centrum|Enschede"], _install.Lines("SELECT name, city FROM stores"));

        var wider = _install.WriteFile("winkels-breed.csv", $"{StandardStores.Header}\nKringloop Oost;OST;Oost Centrum;Enschede;WINKEL;Winkelvloer;winkel;100;opmerking");

        Assert.Equal("Rij 2 heeft meer dan 8 velden; de grens is 8 kolommen (instelling Import:MaxColumns).", Refusal(wider, limits));
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused_and_nothing_is_written()
    {
        var path = _install.WriteFile("winkels.csv", string.Join("\n",
            [StandardStores.Header, .. Enumerable.Range(1, 5).Select(i => $"Kringloop Oost;OST{i};Oost {i};Enschede;WINKEL;Winkelvloer;winkel;100")]));

        var message = Refusal(path, new ImportLimits { MaxRows = 4 });

        Assert.Equal("Het bestand heeft meer dan 4 rijen onder de kopregel; de grens is 4 rijen (instelling Import:MaxRows). " +
                     "Splits het bestand, bijvoorbeeld per maand.", message);
        ImportAssert.Succeeded(_install.Import(new ImportLimits { MaxRows = 5 }, ImportKind.Winkels, path));
    }

    [Fact]
    public void A_header_line_of_ten_million_characters_is_not_held_to_find_its_delimiter()
    {
        var path = Path.Combine(_install.Folder, "winkels.csv");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write("organisatie;");
            var block = new string('x', 1 << 16);
            for (var i = 0; i < 160; i++)
            {
                writer.Write(block);
            }
        }

        Assert.Contains("Import:MaxFieldCharacters", Refusal(path));
    }

    public void Dispose() => _install.Dispose();
}
