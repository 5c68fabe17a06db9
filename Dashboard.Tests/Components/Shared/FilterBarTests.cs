using AngleSharp.Dom;
using Bunit;
using Dashboard.Components.Shared;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Filtering;

namespace Dashboard.Tests.Components.Shared;

public sealed class FilterBarTests : ComponentTestContext
{
    private static readonly DateOnly LastDataDay = new(2026, 10, 31);

    private static readonly PracticeInfo[] Practices =
    [
        new(1, "WINKEL", "Winkelvloer", "winkel", 10, "AAN", "Aan de Maas", "Venlo", 1200, 100, "Kringloop Aan de Maas"),
        new(2, "REST", "Restaurant De Pan", "horeca", 10, "AAN", "Aan de Maas", "Venlo", 1200, 100, "Kringloop Aan de Maas"),
        new(3, "FIETS", "Fietsenwerkplaats", "fietsen", 20, "BEA", "Bé Anders", "Tiel", 800, 200, "Kringloop Bé Anders"),
        new(4, "WINKEL", "Winkelvloer", "winkel", 20, "BEA", "Bé Anders", "Tiel", 800, 200, "Kringloop Bé Anders"),
    ];

    private readonly List<DashboardQuery> _changes = [];

    private IRenderedComponent<FilterBar> Bar(string query = "", Period? period = null) =>
        Render<FilterBar>(p => p
            .Add(c => c.Query, DashboardQuery.Parse("http://localhost/" + query))
            .Add(c => c.Practices, Practices)
            .Add(c => c.Period, period ?? Period.YearToDate(LastDataDay))
            .Add(c => c.LastDataDay, LastDataDay)
            .Add(c => c.Words, "1 januari t/m 31 oktober 2026 · alle organisaties")
            .Add(c => c.OnChange, q => _changes.Add(q)));

    /// <summary>A single choice is a native select; a multiple one a button that shows its checkboxes when opened.</summary>
    private static IElement? Select(IRenderedComponent<FilterBar> bar, string name) => bar.FindAll($"select[name='{name}']").SingleOrDefault();

    private static IReadOnlyList<IElement> Checkboxes(IRenderedComponent<FilterBar> bar, string name)
    {
        if (bar.FindAll($".choice-list[data-name='{name}'] .choice-popup").Count == 0)
        {
            bar.Find($".choice-list[data-name='{name}'] .choice-button").Click();
        }
        return bar.FindAll($".choice-popup input[type='checkbox'][name='{name}']");
    }

    private static List<string> Options(IRenderedComponent<FilterBar> bar, string name) =>
        Select(bar, name) is { } select
            ? select.QuerySelectorAll("option").Select(o => o.TextContent).ToList()
            : Checkboxes(bar, name).Select(c => c.ParentElement!.TextContent.Trim()).ToList();

    private static void Choose(IRenderedComponent<FilterBar> bar, string name, string option)
    {
        if (Select(bar, name) is { } select)
        {
            select.Change(select.QuerySelectorAll("option").Single(o => o.TextContent == option).GetAttribute("value"));
            return;
        }
        Checkboxes(bar, name).Single(c => c.ParentElement!.TextContent.Trim() == option).Change(true);
    }

    /// <summary>The text of the option the select shows.</summary>
    private static string Shown(IRenderedComponent<FilterBar> bar, string name)
    {
        var select = Select(bar, name)!;
        return select.QuerySelectorAll("option").Single(o => o.GetAttribute("value") == select.GetAttribute("value")).TextContent;
    }

    private string LastChange => Assert.Single(_changes).ToQueryString();

    [Fact]
    public void Choosing_a_practice_kind_asks_for_the_same_view_with_that_kind()
    {
        var bar = Bar("?van=2025-01-01&tot=2025-12-31&org=Kringloop%20Aan%20de%20Maas&weergave=afgeschermd&trend=P8");

        Choose(bar, "soort", "Horeca");

        Assert.Equal("?van=2025-01-01&tot=2025-12-31&org=Kringloop%20Aan%20de%20Maas&soort=horeca&weergave=afgeschermd&trend=P8", LastChange);
    }

    [Fact]
    public void A_closed_list_holds_no_option_and_says_what_is_chosen()
    {
        var bar = Bar("?soort=horeca");

        Assert.Empty(bar.FindAll("input[type='checkbox']"));
        Assert.Equal("Horeca", bar.Find(".choice-list[data-name='soort'] .choice-summary").TextContent);
        Assert.Equal("alle", bar.Find(".choice-list[data-name='org'] .choice-summary").TextContent);
        Assert.Equal("false", bar.Find(".choice-list[data-name='soort'] .choice-button").GetAttribute("aria-expanded"));

        bar.Find(".choice-list[data-name='soort'] .choice-clear").Click();

        Assert.Equal("", LastChange);
    }

    [Fact]
    public void An_open_list_closes_with_done_and_the_practices_can_be_searched()
    {
        var bar = Bar();

        Assert.Equal(4, Checkboxes(bar, "praktijk").Count);
        bar.Find(".choice-popup input[type='search']").Input("fiets");
        Assert.Equal(["Fietsenwerkplaats — Bé Anders"], Options(bar, "praktijk"));

        bar.FindAll(".choice-popup button").Single(b => b.TextContent == "Klaar").Click();

        Assert.Empty(bar.FindAll(".choice-popup"));
        Assert.Empty(_changes);
    }

    [Fact]
    public void Only_the_kinds_that_exist_can_be_chosen()
    {
        var bar = Bar();

        Assert.Equal(["Winkelvloer", "Horeca", "Fietsen"], Options(bar, "soort"));
    }

    [Fact]
    public void Choosing_an_organisation_and_a_store_adds_them_to_the_view()
    {
        var bar = Bar();

        Choose(bar, "org", "Kringloop Bé Anders");

        Assert.Equal("?org=Kringloop%20B%C3%A9%20Anders", LastChange);
    }

    [Fact]
    public void With_an_organisation_chosen_only_its_stores_and_practices_are_offered()
    {
        var bar = Bar("?org=Kringloop%20Aan%20de%20Maas");

        Assert.Equal(["Aan de Maas (AAN)"], Options(bar, "winkel"));
        Assert.Equal(["Restaurant De Pan — Aan de Maas", "Winkelvloer — Aan de Maas"], Options(bar, "praktijk"));

        Choose(bar, "praktijk", "Restaurant De Pan — Aan de Maas");

        Assert.Equal("?org=Kringloop%20Aan%20de%20Maas&praktijk=AAN%2FREST", LastChange);
    }

    [Fact]
    public void The_period_presets_count_from_the_last_day_with_data()
    {
        var bar = Bar();

        Assert.Equal(
            ["Lopend jaar (1 januari t/m 31 oktober 2026)", "Jaar 2026", "Jaar 2025", "4e kwartaal 2026", "oktober 2026", "Aangepast"],
            Options(bar, "periode"));
        Assert.Equal("Lopend jaar (1 januari t/m 31 oktober 2026)", Shown(bar, "periode"));
    }

    [Theory]
    [InlineData("Jaar 2025", "?van=2025-01-01&tot=2025-12-31")]
    [InlineData("Jaar 2026", "?van=2026-01-01&tot=2026-12-31")]
    [InlineData("4e kwartaal 2026", "?van=2026-10-01&tot=2026-12-31")]
    [InlineData("oktober 2026", "?van=2026-10-01&tot=2026-10-31")]
    public void A_preset_puts_its_period_in_the_view(string preset, string query)
    {
        var bar = Bar("?soort=horeca");

        Choose(bar, "periode", preset);

        Assert.Equal(query + "&soort=horeca", LastChange);
    }

    [Fact]
    public void A_period_that_is_no_preset_shows_as_custom_and_choosing_custom_changes_nothing()
    {
        var bar = Bar("?van=2025-03-15&tot=2025-05-10", new Period(new DateOnly(2025, 3, 15), new DateOnly(2025, 5, 10)));

        Assert.Equal("Aangepast", Shown(bar, "periode"));

        Choose(bar, "periode", "Aangepast");

        Assert.Empty(_changes);
    }

    [Fact]
    public void Typing_a_start_date_moves_the_period()
    {
        var bar = Bar("?soort=horeca");

        bar.Find("input[name='van']").Change("2026-03-01");

        Assert.Equal("?van=2026-03-01&tot=2026-10-31&soort=horeca", LastChange);
        Assert.Empty(bar.FindAll(".filter-problem"));
    }

    [Theory]
    [InlineData("van", "1976-01-01")] // more than 50 years before 31 October 2026
    [InlineData("van", "1899-12-31")]
    [InlineData("tot", "2200-01-01")]
    public void A_date_that_makes_no_period_changes_nothing_and_says_what_a_period_may_be(string name, string date)
    {
        var bar = Bar("?soort=horeca");

        bar.Find($"input[name='{name}']").Change(date);

        Assert.Empty(_changes);
        Assert.Equal("Een periode ligt tussen 01-01-1900 en 31-12-2199 en is hoogstens 50 jaar lang.", bar.Find(".filter-problem[role='alert']").TextContent);
    }

    [Fact]
    public void An_end_before_the_start_changes_nothing_and_says_so()
    {
        var bar = Bar("?soort=horeca");

        bar.Find("input[name='tot']").Change("2025-12-31");

        Assert.Empty(_changes);
        Assert.Equal("De einddatum ligt vóór de begindatum: kies een latere einddatum of een eerdere begindatum.",
            bar.Find(".filter-problem[role='alert']").TextContent);
    }

    [Fact]
    public void A_refused_date_the_field_still_shows_is_combined_with_the_next_change_of_the_other_date()
    {
        var bar = Bar("?soort=horeca");
        bar.Find("input[name='tot']").Change("2025-12-31");

        bar.Find("input[name='van']").Change("2026-02-01"); // still after the end date the field shows
        Assert.Empty(_changes);
        Assert.NotEmpty(bar.FindAll(".filter-problem"));

        bar.Find("input[name='van']").Change("2025-02-01");
        Assert.Equal("?van=2025-02-01&tot=2025-12-31&soort=horeca", LastChange);
        Assert.Empty(bar.FindAll(".filter-problem"));
    }

    [Fact]
    public void Another_filter_keeps_the_problem_and_another_period_clears_it()
    {
        var bar = Bar("?soort=horeca");
        bar.Find("input[name='tot']").Change("2200-01-01");

        Choose(bar, "org", "Kringloop Bé Anders");
        Assert.NotEmpty(bar.FindAll(".filter-problem"));

        bar.Render(p => p.Add(c => c.Period, Period.Year(2025)));
        Assert.Empty(bar.FindAll(".filter-problem"));
        bar.Find("input[name='van']").Change("2025-03-01");
        Assert.Equal("?van=2025-03-01&tot=2025-12-31&soort=horeca", _changes[^1].ToQueryString());
    }

    [Fact]
    public void The_participant_filters_are_folded_away_until_one_is_used()
    {
        var plain = Bar();
        var filtered = Bar("?doelgroep=nieuwkomer");

        Assert.False(plain.Find("details.filter-more").HasAttribute("open"));
        Assert.Equal("Deelnemers filteren", plain.Find("details.filter-more summary").TextContent.Trim());
        Assert.True(filtered.Find("details.filter-more").HasAttribute("open"));
        Assert.Equal("Deelnemers filteren (actief)", filtered.Find("details.filter-more summary").TextContent.Trim());
        Assert.Equal(["Doelgroep", "Leeftijdsgroep", "Traject", "Regeling"],
            plain.FindAll("details.filter-more .field-label").Select(l => l.TextContent.Trim()));
    }

    [Theory]
    [InlineData("doelgroep", "Nieuwkomers", "?doelgroep=nieuwkomer")]
    [InlineData("leeftijd", "27 tot 50", "?leeftijd=27tot50")]
    [InlineData("traject", "Leerwerktraject", "?traject=leerwerk")]
    [InlineData("regeling", "Wajong", "?regeling=wajong")]
    public void A_participant_filter_becomes_its_key_in_the_view(string name, string option, string query)
    {
        var bar = Bar();

        Choose(bar, name, option);

        Assert.Equal(query, LastChange);
    }

    [Fact]
    public void A_second_target_group_is_added_to_the_first()
    {
        var bar = Bar("?doelgroep=nieuwkomer");

        Choose(bar, "doelgroep", "Arbeidsbeperking");

        Assert.Equal(["arbeidsbeperking", "nieuwkomer"], Assert.Single(_changes).Filter.TargetGroups.Order());
    }

    [Fact]
    public void Clearing_the_filters_keeps_the_protection_preview_and_the_pages_own_choices()
    {
        var bar = Bar("?van=2025-01-01&tot=2025-12-31&soort=horeca&doelgroep=nieuwkomer&weergave=afgeschermd&trend=P8");

        bar.FindAll("button").Single(b => b.TextContent.Contains("Filters wissen")).Click();

        Assert.Equal("?weergave=afgeschermd&trend=P8", LastChange);
    }

    [Fact]
    public void The_filter_in_words_stands_beside_the_controls()
    {
        var bar = Bar();

        Assert.Equal("1 januari t/m 31 oktober 2026 · alle organisaties", bar.Find(".filter-words").TextContent);
    }
}
