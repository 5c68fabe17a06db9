using System.Globalization;
using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Targets;

namespace Dashboard.Tests.Components.Shared;

public sealed class KpiCardTests : ComponentTestContext
{
    private IRenderedComponent<KpiCard> Card(Figure figure, FigureChange? change = null, Attainment? attainment = null, int k = 5, Action? explain = null) =>
        Render<KpiCard>(p =>
        {
            p.Add(c => c.Figure, figure).Add(c => c.Change, change).Add(c => c.Attainment, attainment).Add(c => c.SmallCellK, k);
            if (explain is not null)
            {
                p.Add(c => c.OnExplain, explain);
            }
        });

    /// <summary>A hidden figure as small-cell protection hides a small count of its own (the case the cards show as "&lt;k").</summary>
    private static Figure Figure(string code, FigureStatus status, string? value = null) =>
        new(Enum.Parse<IndicatorCode>(code), status, value is null ? null : decimal.Parse(value, CultureInfo.InvariantCulture), null,
            Small: status == FigureStatus.Hidden);

    [Theory]
    [InlineData("P1", FigureStatus.Ok, "1308", 5, "1.308")]
    [InlineData("P4R", FigureStatus.Ok, "24.68", 5, "24,7%")]
    [InlineData("E1", FigureStatus.Ok, "13329464.2", 5, "€ 13.329.464")]
    [InlineData("P1", FigureStatus.Hidden, null, 5, "<5")]
    [InlineData("P9", FigureStatus.Hidden, null, 10, "<10")]
    [InlineData("P4R", FigureStatus.Hidden, null, 5, "afgeschermd")]
    [InlineData("P8", FigureStatus.Hidden, null, 5, "afgeschermd")]
    [InlineData("P10", FigureStatus.NoData, null, 5, "geen gegevens")]
    [InlineData("E1", FigureStatus.NotApplicable, null, 5, "n.v.t.")]
    public void Shows_the_value_or_the_word_for_what_has_none(string code, FigureStatus status, string? value, int k, string shown)
    {
        var card = Card(Figure(code, status, value), k: k);

        var element = card.Find(".kpi-value");
        Assert.Equal(shown, element.TextContent);
        Assert.Equal(code, element.GetAttribute("data-code"));
        Assert.Equal(status != FigureStatus.Ok, element.ClassList.Contains("kpi-value-word"));
    }

    [Theory]
    [InlineData("P1", FigureStatus.Ok, "1308", "1,308")]
    [InlineData("P4R", FigureStatus.Hidden, null, "protected")]
    [InlineData("P1", FigureStatus.Hidden, null, "<5")]
    [InlineData("P10", FigureStatus.NoData, null, "no data")]
    [InlineData("E1", FigureStatus.NotApplicable, null, "n/a")]
    public void Speaks_english_after_the_switch(string code, FigureStatus status, string? value, string shown)
    {
        SwitchToEnglish();

        var card = Card(Figure(code, status, value));

        Assert.Equal(shown, card.Find(".kpi-value").TextContent);
        Assert.Equal(IndicatorCatalogue.Get(Enum.Parse<IndicatorCode>(code)).Name(Language.English), card.Find(".indicator-term").TextContent);
    }

    [Theory]
    [InlineData("P1", "38", "3", "▲ +3%", "better")]
    [InlineData("P1", "-38", "-3", "▼ −3%", "worse")]
    [InlineData("P4R", "1.5", "6.5", "▲ +1,5 pp", "better")]
    [InlineData("P7R", "-2.25", "-10", "▼ −2,3 pp", "better")] // drop-out: lower is better
    [InlineData("P7R", "2", "10", "▲ +2,0 pp", "worse")]
    [InlineData("P10", "1", "12", "▲ +12%", "")]            // months in a trajectory: neither better nor worse
    [InlineData("P1", "0", "0", "■ ±0%", "")]
    public void The_change_has_an_arrow_and_is_better_or_worse_by_the_indicators_direction(
        string code, string absolute, string percent, string shown, string judgement)
    {
        var change = new FigureChange(FigureStatus.Ok, decimal.Parse(absolute, CultureInfo.InvariantCulture), decimal.Parse(percent, CultureInfo.InvariantCulture));

        var card = Card(Figure(code, FigureStatus.Ok, "10"), change);

        var element = card.Find(".kpi-change");
        Assert.StartsWith(shown + " ", element.TextContent.Trim());
        Assert.EndsWith("t.o.v. vorig jaar", element.TextContent.Trim());
        Assert.Equal(judgement == "better", element.ClassList.Contains("better"));
        Assert.Equal(judgement == "worse", element.ClassList.Contains("worse"));
    }

    [Fact]
    public void A_change_from_zero_has_no_percentage_and_a_hidden_change_no_arrow()
    {
        var fromZero = Card(Figure("P9", FigureStatus.Ok, "7"), new FigureChange(FigureStatus.Ok, 7, null));
        var hidden = Card(Figure("P1", FigureStatus.Hidden), new FigureChange(FigureStatus.Hidden, null, null));

        Assert.StartsWith("▲ +7 ", fromZero.Find(".kpi-change").TextContent.Trim());
        Assert.Equal("afgeschermd t.o.v. vorig jaar", Normalise(hidden.Find(".kpi-change").TextContent));
        Assert.Empty(hidden.FindAll(".kpi-change.better, .kpi-change.worse"));
    }

    [Fact]
    public void Without_a_change_there_is_no_change_line()
    {
        var card = Card(Figure("P1", FigureStatus.Ok, "10"));

        Assert.Empty(card.FindAll(".kpi-change"));
    }

    [Fact]
    public void The_target_says_how_much_of_it_was_reached()
    {
        var card = Card(Figure("P1", FigureStatus.Ok, "1308"), attainment: new Attainment(FigureStatus.Ok, 87.2m, 1500, false));

        Assert.Equal("87% van streefwaarde 1.500", card.Find(".kpi-target").TextContent);
    }

    [Fact]
    public void A_drop_out_rate_of_zero_has_simply_reached_its_target()
    {
        var card = Card(Figure("P7R", FigureStatus.Ok, "0"), attainment: new Attainment(FigureStatus.Ok, null, 10, true));

        Assert.Equal("streefwaarde behaald", card.Find(".kpi-target").TextContent);
    }

    [Fact]
    public void A_hidden_figure_gives_its_target_attainment_away_neither()
    {
        var card = Card(Figure("P1", FigureStatus.Hidden), attainment: new Attainment(FigureStatus.Hidden, null, 20, false));

        Assert.Equal("streefwaarde: afgeschermd", card.Find(".kpi-target").TextContent);
        Assert.DoesNotContain("20", card.Find(".kpi-target").TextContent);
    }

    [Fact]
    public void Without_a_target_there_is_no_target_line()
    {
        var card = Card(Figure("P1", FigureStatus.Ok, "10"));

        Assert.Empty(card.FindAll(".kpi-target"));
    }

    [Fact]
    public void How_calculated_is_a_button_only_when_someone_listens()
    {
        var explained = 0;
        var withExplain = Card(Figure("P1", FigureStatus.Ok, "10"), explain: () => explained++);
        var without = Card(Figure("P1", FigureStatus.Ok, "10"));

        withExplain.Find("button.kpi-how").Click();

        Assert.Equal(1, explained);
        Assert.Equal("Hoe berekend?", withExplain.Find("button.kpi-how").TextContent);
        Assert.Empty(without.FindAll("button.kpi-how"));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
