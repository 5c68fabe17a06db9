using Bunit;
using Dashboard.Components.Pages.Import;
using Dashboard.Data.Imports;

namespace Dashboard.Tests.Components.Import;

public sealed class ImportSummaryViewTests : ComponentTestContext
{
    private static readonly ImportSummary Sales = new(ImportKind.Verkopen, 1234,
        new ImportText("Summary.Sales", ImportText.Count("Sales.Rows", 1234), ImportText.Count("Summary.Combinations", 2), ""))
    {
        Added = 1234,
        Removed = 17,
        SalesRanges =
        [
            new("PKO", "FIETS", new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 5), 34, 0),
            new("PKO", "WINKEL", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 30), 1200, 17),
        ],
    };

    private static readonly ImportSummary Trajectories = new(ImportKind.Deelnemers, 60,
        new ImportText("Summary.Keyed", ImportText.Count("Summary.Trajectories", 60), 12, 40, 8))
    {
        Added = 12,
        Updated = 40,
        Unchanged = 8,
        Removed = 3,
    };

    private IRenderedComponent<ImportSummaryView> View(ImportSummary summary, bool replace = false) =>
        Render<ImportSummaryView>(p => p.Add(c => c.Summary, summary).Add(c => c.Replace, replace).Add(c => c.Title, "3. Dit gaat er gebeuren"));

    /// <summary>The counts as "term: number", in screen order.</summary>
    private static List<string> Counts(IRenderedComponent<ImportSummaryView> view) =>
        view.FindAll(".summary-counts > div").Select(d => $"{d.QuerySelector("dt")!.TextContent}: {d.QuerySelector("dd")!.TextContent}").ToList();

    private static List<string[]> RangeRows(IRenderedComponent<ImportSummaryView> view) =>
        view.FindAll(".summary-table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();

    [Fact]
    public void Shows_the_title_and_the_one_line_description()
    {
        var view = View(Trajectories);

        Assert.Equal("3. Dit gaat er gebeuren", view.Find("h2").TextContent.Trim());
        Assert.Equal("60 trajecten: 12 nieuw, 40 bijgewerkt, 8 ongewijzigd", view.Find(".summary-line").TextContent);
        Assert.Equal(view.Find("h2").Id, view.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Trajectories_and_certificates_count_new_updated_and_unchanged_rows()
    {
        var view = View(Trajectories);

        Assert.Equal(["nieuw: 12", "bijgewerkt: 40", "ongewijzigd: 8"], Counts(view));
        Assert.Empty(view.FindAll(".summary-table"));
    }

    [Fact]
    public void A_replace_also_counts_the_stored_rows_no_longer_in_the_file()
    {
        var view = View(Trajectories, replace: true);

        Assert.Equal(["nieuw: 12", "bijgewerkt: 40", "ongewijzigd: 8", "verwijderd (niet meer in het bestand): 3"], Counts(view));
    }

    [Fact]
    public void Sales_count_their_rows_and_show_the_range_of_each_store_and_practice()
    {
        var view = View(Sales);

        Assert.Equal(["verkoopregels: 1.234"], Counts(view));
        Assert.Equal(["Winkel", "Praktijk", "Van", "Tot en met", "Regels"], view.FindAll(".summary-table thead th").Select(th => th.TextContent));
        Assert.Equal(
        [
            ["PKO", "FIETS", "05-11-2026", "05-11-2026", "34"],
            ["PKO", "WINKEL", "02-11-2026", "30-11-2026", "1.200"],
        ], RangeRows(view));
    }

    [Fact]
    public void Replacing_sales_shows_the_rows_replaced_in_total_and_per_range()
    {
        var view = View(Sales, replace: true);

        Assert.Equal(["verkoopregels: 1.234", "opgeslagen regels vervangen: 17"], Counts(view));
        Assert.Equal("Vervangt", view.FindAll(".summary-table thead th").Last().TextContent);
        Assert.Equal(["0", "17"], RangeRows(view).Select(r => r[5]));
    }

    [Fact]
    public void Speaks_english_after_the_switch()
    {
        SwitchToEnglish();

        var view = View(Sales, replace: true);

        Assert.Equal(["sales rows: 1,234", "stored rows replaced: 17"], Counts(view));
        Assert.Equal(["Store", "Practice", "From", "Up to and including", "Rows", "Replaces"], view.FindAll(".summary-table thead th").Select(th => th.TextContent));
    }
}
