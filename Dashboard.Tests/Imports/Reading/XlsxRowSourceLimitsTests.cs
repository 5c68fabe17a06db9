using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Reading;

/// <summary>
/// Crafted workbooks — a few kilobytes that unpack to a cell far beyond Excel's last column, millions of cells in one
/// row, one enormous string — are refused at once, with the limit named, while the memory the import allocates stays
/// a few megabytes: the reader never pads up to a column or holds what it does not keep.
/// </summary>
public sealed class XlsxRowSourceLimitsTests : IDisposable
{
    private static readonly string[] Header = ["organisatie", "winkel", "winkelnaam", "plaats", "praktijk", "praktijknaam", "soort"];
    private static readonly string[] Store = ["Kringloop Oost", "OST", "Oost Centrum", "Enschede", "WINKEL", "Winkelvloer", "winkel"];

    private readonly TestInstallation _install = new();

    private string Workbook(Action<TextWriter> rows, Action<TextWriter>? sharedStrings = null) =>
        RawWorkbook.Write(Path.Combine(_install.Folder, "winkels.xlsx"), rows, sharedStrings);

    private string Refusal(string path, ImportLimits? limits = null) => _install.RefusedWithFlatMemory(ImportKind.Winkels, path, limits);

    [Fact]
    public void A_cell_in_column_ZZZZZZ_refuses_the_file_naming_the_cell()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            for (var i = 0; i < Store.Length; i++)
            {
                RawWorkbook.Cell(w, $"{(char)('A' + i)}2", Store[i]);
            }
            RawWorkbook.Cell(w, "ZZZZZZ2", "x");
            w.Write("</row>");
        });
        Assert.True(new FileInfo(path).Length < 4096);

        var message = Refusal(path);

        Assert.StartsWith("Cel ZZZZZZ2 ligt voorbij kolom ALL; de grens is 1.000 kolommen (instelling Import:MaxColumns).", message);
    }

    [Fact]
    public void A_cell_beyond_a_lower_column_limit_is_refused_though_excel_has_that_column()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
            w.Write("<row r=\"3\">");
            RawWorkbook.Cell(w, "K3", "een notitie");
            w.Write("</row>");
        });

        var message = Refusal(path, new ImportLimits { MaxColumns = 10 });

        Assert.StartsWith("Cel K3 ligt voorbij kolom J; de grens is 10 kolommen (instelling Import:MaxColumns).", message);
    }

    [Fact]
    public void A_million_cells_without_references_in_one_row_are_refused_at_the_column_limit()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("<row r=\"2\">");
            for (var i = 0; i < 1_000_000; i++)
            {
                w.Write("<c><v>1</v></c>");
            }
            w.Write("</row>");
        });

        var message = Refusal(path);

        Assert.StartsWith("Cel ALM2 ligt voorbij kolom ALL; de grens is 1.000 kolommen (instelling Import:MaxColumns).", message);
    }

    [Fact]
    public void A_million_cells_that_all_say_A2_are_refused_at_the_cells_per_row_limit()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("<row r=\"2\">");
            for (var i = 0; i < 1_000_000; i++)
            {
                w.Write("""<c r="A2"><v>1</v></c>""");
            }
            w.Write("</row>");
        });

        var message = Refusal(path);

        Assert.Equal("Rij 2 van het werkblad heeft meer dan 16.384 cellen; de grens is 16.384 cellen per rij (instelling Import:MaxCellsPerRow).", message);
    }

    [Fact]
    public void More_rows_than_the_limit_are_refused_and_nothing_is_written()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            for (var row = 2; row <= 6; row++)
            {
                RawWorkbook.Row(w, row, [.. Store[..1], $"W{row}", .. Store[2..]]);
            }
        });

        var message = Refusal(path, new ImportLimits { MaxRows = 3 });

        Assert.StartsWith("Het bestand heeft meer dan 3 rijen onder de kopregel; de grens is 3 rijen (instelling Import:MaxRows).", message);
        Assert.Equal(0, _install.Count("stores"));
        ImportAssert.Succeeded(_install.Import(new ImportLimits { MaxRows = 5 }, ImportKind.Winkels, path));
    }

    [Fact]
    public void A_row_numbered_beyond_the_row_limit_is_refused()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
            RawWorkbook.Row(w, 1_000_000, ["let op"]);
        });

        var message = Refusal(path, new ImportLimits { MaxRows = 1_000 });

        Assert.Contains("meer dan 1.000 rijen", message);
    }

    [Fact]
    public void A_sheet_that_unpacks_beyond_the_limit_is_refused_by_the_bytes_it_unpacks_to()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            RawWorkbook.Row(w, 2, Store);
            for (var row = 3; row < 300_000; row++)
            {
                w.Write("<row/>");
            }
        });
        Assert.True(new FileInfo(path).Length < 100 * 1024);

        var message = Refusal(path, new ImportLimits { MaxUncompressedMegabytes = 1 });

        Assert.StartsWith("De werkmap is uitgepakt groter dan 1 MB (het werkblad en zijn teksten samen); de grens is 1 MB " +
                          "(instelling Import:MaxUncompressedMegabytes).", message);
    }

    [Fact]
    public void Shared_strings_count_towards_the_unpacked_size()
    {
        var path = Workbook(
            w =>
            {
                RawWorkbook.Row(w, 1, Header);
                RawWorkbook.Row(w, 2, Store);
            },
            w =>
            {
                for (var i = 0; i < 100_000; i++)
                {
                    w.Write($"<si><t>tekst nummer {i}</t></si>");
                }
            });

        Assert.Contains("Import:MaxUncompressedMegabytes", Refusal(path, new ImportLimits { MaxUncompressedMegabytes = 1 }));
        Assert.Contains("Import:MaxSharedStringsMegabytes", Refusal(path, new ImportLimits { MaxSharedStringsMegabytes = 1 }));
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, path));
    }

    [Fact]
    public void One_huge_shared_string_is_refused_without_being_held()
    {
        var path = Workbook(
            w =>
            {
                RawWorkbook.Row(w, 1, Header);
                w.Write("""<row r="2">""");
                RawWorkbook.Cell(w, "A2", Store[0]);
                RawWorkbook.Cell(w, "B2", Store[1]);
                w.Write("""<c r="C2" t="s"><v>0</v></c>""");
                w.Write("</row>");
            },
            w =>
            {
                w.Write("<si><t>");
                var block = new string('a', 1 << 16);
                for (var i = 0; i < 800; i++)
                {
                    w.Write(block); // 50 million characters: 100 MB as a .NET string
                }
                w.Write("</t></si>");
            });

        var message = Refusal(path);

        Assert.Equal("Tekst 1 in de gedeelde teksten van de werkmap heeft meer dan 32.767 tekens; de grens is 32.767 tekens per cel " +
                     "(instelling Import:MaxFieldCharacters).", message);
    }

    [Fact]
    public void One_huge_inline_string_is_refused_naming_its_cell()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2"><c r="C2" t="inlineStr"><is><t>""");
            var block = new string('a', 1 << 16);
            for (var i = 0; i < 800; i++)
            {
                w.Write(block);
            }
            w.Write("</t></is></c></row>");
        });

        var message = Refusal(path);

        Assert.StartsWith("Cel C2 heeft meer dan 32.767 tekens", message);
    }

    [Fact]
    public void A_tag_longer_than_any_cell_is_refused_before_it_is_held()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("<row r=\"2\"><c r=\"A2\" s=\"");
            var block = new string('1', 1 << 16);
            for (var i = 0; i < 800; i++)
            {
                w.Write(block);
            }
            w.Write("\"><v>1</v></c></row>");
        });

        var message = Refusal(path);

        Assert.StartsWith("Het werkblad bevat meer dan", message);
        Assert.Contains("Import:MaxFieldCharacters", message);
    }

    [Fact]
    public void The_preview_refuses_the_same_file_with_the_same_message()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, Header);
            w.Write("""<row r="2">""");
            RawWorkbook.Cell(w, "A2", Store[0]);
            RawWorkbook.Cell(w, "ZZZZZZ2", "x");
            w.Write("</row>");
        });

        var refused = Assert.Throws<ImportRefusedException>(() => Data.Imports.Preview.ImportPreview.Read(path, ImportLimits.Default));

        Assert.StartsWith("Cel ZZZZZZ2 ligt voorbij kolom ALL", refused.Message);
    }

    [Fact]
    public void Notes_right_of_the_headers_are_passed_over_as_before()
    {
        var path = Workbook(w =>
        {
            RawWorkbook.Row(w, 1, [.. Header, "", "", "Opmerkingen"]);
            w.Write("""<row r="2">""");
            for (var i = 0; i < Store.Length; i++)
            {
                RawWorkbook.Cell(w, $"{(char)('A' + i)}2", Store[i]);
            }
            RawWorkbook.Cell(w, "Z2", new string('x', 20_000));
            w.Write("</row>");
        });

        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, path));

        Assert.Equal(["OST|Oost Centrum|Enschede"], _install.Lines("SELECT code, name, city FROM stores"));
    }

    [Fact]
    public void A_package_of_more_files_than_a_workbook_holds_is_refused_before_its_directory_is_read()
    {
        var path = Path.Combine(_install.Folder, "winkels.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            for (var i = 0; i <= ImportLimits.WorkbookParts; i++)
            {
                zip.CreateEntry($"x/{i}", System.IO.Compression.CompressionLevel.NoCompression);
            }
        }

        var message = Refusal(path);

        Assert.StartsWith("Dit bestand bevat 10.001 onderdelen; een Excel-werkmap heeft er hoogstens 10.000.", message);
    }

    public void Dispose() => _install.Dispose();
}
