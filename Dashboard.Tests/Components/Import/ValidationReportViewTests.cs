using AngleSharp.Dom;
using Bunit;
using Dashboard.Components.Pages.Import;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Tests.Components.Import;

public sealed class ValidationReportViewTests : ComponentTestContext
{
    private static readonly ImportProblem[] Problems =
    [
        new(0, null, null, "bestand geweigerd", "Dit bestand is al geïmporteerd: import 12 ('verkopen-mei.csv')."),
        new(7, "categorie", "meubel", "onbekende code", "'meubel' is geen bekende categorie", "bedoelt u 'meubels'?"),
        new(9, "omzet", "310.5", "ongeldig getal", "'310.5' is geen getal zoals dit bestand ze schrijft"),
        new(12, "datum", "31-02-2026", "ongeldige datum", "die dag bestaat niet"),
    ];

    private static ValidationReport Report(IEnumerable<ImportProblem> problems, int detailLimit = ValidationReport.DefaultDetailLimit, params string[] warnings)
    {
        var report = new ValidationReport(detailLimit);
        foreach (var problem in problems)
        {
            report.Add(problem);
        }
        foreach (var warning in warnings)
        {
            report.Warn(warning);
        }
        return report;
    }

    private IRenderedComponent<ValidationReportView> View(ValidationReport report) =>
        Render<ValidationReportView>(p => p.Add(c => c.Report, report).Add(c => c.FileName, "verkopen-mei.xlsx"));

    /// <summary>The table's rows as their five cells' text: rij, kolom, waarde, probleem, suggestie.</summary>
    private static List<string[]> Rows(IRenderedComponent<ValidationReportView> view) =>
        view.FindAll(".report-table tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();

    private static IElement ColumnFilter(IRenderedComponent<ValidationReportView> view) =>
        view.Find("input[name='report-column']").Closest(".rz-dropdown") ?? throw new InvalidOperationException("No column filter.");

    [Fact]
    public void Lists_every_problem_with_row_column_value_problem_and_suggestion()
    {
        var view = View(Report(Problems));

        Assert.Equal("4 problemen gevonden", view.Find("h2").TextContent.Trim());
        Assert.Equal(["Rij", "Kolom", "Waarde", "Probleem", "Suggestie"], view.FindAll(".report-table thead th").Select(th => th.TextContent));
        Assert.Equal(
        [
            ["—", "", "", "Dit bestand is al geïmporteerd: import 12 ('verkopen-mei.csv').", ""],
            ["7", "categorie", "meubel", "'meubel' is geen bekende categorie", "bedoelt u 'meubels'?"],
            ["9", "omzet", "310.5", "'310.5' is geen getal zoals dit bestand ze schrijft", ""],
            ["12", "datum", "31-02-2026", "die dag bestaat niet", ""],
        ], Rows(view));
        Assert.Contains("Er is niets veranderd.", view.Find(".report-lead").TextContent);
    }

    [Fact]
    public void One_problem_is_said_in_the_singular_and_needs_no_filter()
    {
        var view = View(Report([Problems[1]]));

        Assert.Equal("1 probleem gevonden", view.Find("h2").TextContent.Trim());
        Assert.Empty(view.FindAll(".report-filter"));
        Assert.Single(Rows(view));
    }

    [Fact]
    public void The_column_filter_offers_each_column_once_and_shows_only_that_columns_problems()
    {
        var view = View(Report([.. Problems, new(14, "omzet", "1,2,3", "ongeldig getal", "'1,2,3' is geen getal")]));
        var options = ColumnFilter(view).QuerySelectorAll("li[role='option']");
        Assert.Equal(["—", "categorie", "omzet", "datum"], options.Select(li => li.GetAttribute("aria-label")));

        options.Single(li => li.GetAttribute("aria-label") == "omzet").Click();

        Assert.Equal(["9", "14"], Rows(view).Select(r => r[0]));
        Assert.All(Rows(view), r => Assert.Equal("omzet", r[1]));
    }

    [Fact]
    public void The_search_narrows_the_rows_to_those_whose_text_or_value_holds_it()
    {
        var view = View(Report(Problems));

        view.Find("input[name='report-search']").Input("MEUBELS");

        Assert.Equal(["7"], Rows(view).Select(r => r[0]));

        // Found in the value only: the message does not repeat it.
        view.Find("input[name='report-search']").Input("31-02");

        Assert.Equal(["12"], Rows(view).Select(r => r[0]));

        view.Find("input[name='report-search']").Input("");

        Assert.Equal(4, Rows(view).Count);
    }

    [Fact]
    public void Problems_beyond_the_detail_limit_are_summed_up_by_column_and_kind()
    {
        var many = Enumerable.Range(2, 6).Select(row => new ImportProblem(row, "omzet", "1.5", "ongeldig getal", "'1.5' is geen getal"))
            .Append(new ImportProblem(8, "datum", "gisteren", "ongeldige datum", "'gisteren' is geen datum"));

        var view = View(Report(many, detailLimit: 2));

        Assert.Equal("7 problemen gevonden", view.Find("h2").TextContent.Trim());
        Assert.Equal(["2", "3"], Rows(view).Select(r => r[0]));
        Assert.Equal("En nog 5 problemen van dezelfde soorten:", view.Find(".report-remaining p").TextContent);
        Assert.Equal(["4 × omzet: ongeldig getal", "1 × datum: ongeldige datum"], view.FindAll(".report-remaining li").Select(li => li.TextContent));
    }

    [Fact]
    public void Without_more_problems_than_shown_there_is_no_summary_of_the_rest()
    {
        var view = View(Report(Problems));

        Assert.Empty(view.FindAll(".report-remaining"));
    }

    [Fact]
    public void Warnings_show_beside_the_problems()
    {
        var view = View(Report([Problems[1]], warnings: ["kolom 'opmerking' is onbekend en wordt genegeerd"]));

        var warning = Assert.Single(view.FindAll(".rz-alert"));
        Assert.Contains("kolom 'opmerking' is onbekend en wordt genegeerd", warning.TextContent);
    }

    [Fact]
    public void Download_saves_the_report_under_the_files_name()
    {
        var view = View(Report(Problems));

        view.FindAll("button").Single(b => b.TextContent.Contains("Download als CSV")).Click();

        var call = JSInterop.VerifyInvoke("impactDownload");
        Assert.Equal("problemen-verkopen-mei.csv", call.Arguments[0]);
    }

    [Fact]
    public void Speaks_english_after_the_switch()
    {
        SwitchToEnglish();

        var view = View(Report(Problems));

        Assert.Equal("4 problems found", view.Find("h2").TextContent.Trim());
        Assert.Equal(["Row", "Column", "Value", "Problem", "Suggestion"], view.FindAll(".report-table thead th").Select(th => th.TextContent));
    }
}
