using AngleSharp.Dom;
using Bunit;
using Dashboard.Components.Pages.Import;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Preview;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Tests.Components.Import;

public sealed class FilePreviewTableTests : ComponentTestContext
{
    private static readonly ImportColumn[] Columns =
    [
        new("datum", "date", true, ColumnValue.Date),
        new("categorie", "category", true, ColumnValue.Code),
        new("omzet", "revenue", true, ColumnValue.Number),
    ];

    private static readonly FilePreview Preview = new(FileFormat.Csv, "CSV, UTF-8, ';' met decimale komma",
        ["datum", "categorie", "omzet"], ImportKind.Verkopen, ImportKind.Verkopen, Columns,
        [
            new(2, [new("datum", "02-11-2026", "02-11-2026", null), new("categorie", "huisraad", "huisraad", null), new("omzet", "1.234,50", "1.234,5", null)]),
            new(3, [new("datum", "3-11-26", "03-11-2026", null), new("categorie", " Kleding Textiel ", "kleding_textiel", null), new("omzet", " 12 ", "12", null)]),
            new(4, [new("datum", "31-02-2026", null, "31-02-2026 bestaat niet"), new("categorie", "meubel", null, "'meubel' is geen bekende categorie (bedoelt u 'meubels'?)"),
                    new("omzet", "", null, null)]),
        ]);

    private IRenderedComponent<FilePreviewTable> View() => Render<FilePreviewTable>(p => p.Add(c => c.Preview, Preview));

    private static IElement Cell(IRenderedComponent<FilePreviewTable> view, int row, string column)
    {
        var index = Array.FindIndex(Columns, c => c.Name == column);
        var tr = view.FindAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == row.ToString());
        return tr.QuerySelectorAll("td")[index];
    }

    [Fact]
    public void Says_how_the_file_was_read_and_numbers_the_rows_as_the_spreadsheet_does()
    {
        var view = View();

        Assert.StartsWith("CSV, UTF-8, ';' met decimale komma. De eerste rijen", view.Find(".preview-lead").TextContent);
        Assert.Equal(["Rij", "datum", "categorie", "omzet"], view.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["2", "3", "4"], view.FindAll("tbody th[scope='row']").Select(th => th.TextContent));
    }

    [Fact]
    public void Shows_what_was_understood_and_the_files_own_text_only_where_it_differs()
    {
        var view = View();

        Assert.Equal("02-11-2026", Cell(view, 2, "datum").TextContent.Trim());
        Assert.Empty(Cell(view, 2, "datum").QuerySelectorAll(".cell-raw"));
        // A date or an amount shows as understood only: "3-11-26" read as 03-11-2026 or "1.234,50" as 1.234,5 is no misreading.
        Assert.Equal("03-11-2026", Cell(view, 3, "datum").TextContent.Trim());
        Assert.Empty(Cell(view, 3, "datum").QuerySelectorAll(".cell-raw"));
        Assert.Empty(Cell(view, 2, "omzet").QuerySelectorAll(".cell-raw"));
        // A code shows the file's own spelling beside the code it was read as.
        Assert.Equal("kleding_textiel", Cell(view, 3, "categorie").QuerySelector("span")!.TextContent);
        Assert.Equal(" Kleding Textiel ", Cell(view, 3, "categorie").QuerySelector(".cell-raw")!.TextContent);
    }

    [Fact]
    public void Spaces_around_a_value_alone_are_no_difference_worth_showing()
    {
        var view = View();

        Assert.Equal("12", Cell(view, 3, "omzet").TextContent.Trim());
        Assert.Empty(Cell(view, 3, "omzet").QuerySelectorAll(".cell-raw"));
    }

    [Fact]
    public void A_cell_with_a_problem_is_marked_and_shows_the_files_text_and_what_is_wrong()
    {
        var view = View();

        var cell = Cell(view, 4, "categorie");
        Assert.Contains("cell-problem", cell.ClassList);
        Assert.Equal("'meubel' is geen bekende categorie (bedoelt u 'meubels'?)", cell.GetAttribute("title"));
        Assert.Equal("meubel", cell.QuerySelector(".cell-raw")!.TextContent);
        Assert.Equal("'meubel' is geen bekende categorie (bedoelt u 'meubels'?)", cell.QuerySelector(".cell-message")!.TextContent);
        Assert.Equal(2, view.FindAll("td.cell-problem").Count);
        Assert.DoesNotContain("cell-problem", Cell(view, 4, "omzet").ClassList);
        Assert.Equal("", Cell(view, 4, "omzet").TextContent.Trim());
    }
}
