using System.Globalization;
using System.Text.RegularExpressions;
using Dashboard.Cli;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Views;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Tests.Browser.Overview;

/// <summary>Overzicht in a real Chromium against the app with the demo sector: what a director, a board member and an English reader do.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewJourneyTests(BrowserFixture browser)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly Period Year2025 = Period.Year(2025);
    private const string Year2025Query = "van=2025-01-01&tot=2025-12-31";

    [BrowserFact]
    public async Task A_director_who_picks_the_restaurants_sees_the_figures_of_the_indicators_command()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/");
        var overview = new OverviewScreen(tab);
        var allKinds = await overview.TotalValue(IndicatorCode.P1).InnerTextAsync();

        await overview.ChooseAsync("soort", "Horeca");

        await Expect(tab.Page).ToHaveURLAsync(new Regex(@"[?&]soort=horeca(&|$)"));
        var period = await overview.PeriodAsync();
        var expected = IndicatorsCommand("--kind", "horeca", "--from", period.From.ToString("dd-MM-yyyy", Dutch), "--to", period.To.ToString("dd-MM-yyyy", Dutch));
        Assert.NotEqual(allKinds, expected[IndicatorCode.P1]);
        Assert.Equal(OverviewView.KeyFigures, await overview.TotalCodesAsync());
        foreach (var code in OverviewView.KeyFigures)
        {
            await Expect(overview.TotalValue(code)).ToHaveTextAsync(expected[code]);
        }
    }

    [BrowserFact]
    public async Task Another_period_is_a_new_url_with_other_figures_and_back_restores_both()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync("/");
        var overview = new OverviewScreen(tab);
        var opened = await overview.PeriodAsync();
        var (openedUrl, openedP1) = (tab.PathAndQuery, await overview.TotalValue(IndicatorCode.P1).InnerTextAsync());
        var lastYear = Period.Year(opened.From.Year - 1);
        var expected = Shown(IndicatorCode.P1, new NamedFilter(), lastYear);
        Assert.NotEqual(openedP1, expected);

        await overview.ChooseAsync("periode", $"Jaar {lastYear.From.Year}");

        await Expect(tab.Page).ToHaveURLAsync(new Regex($@"\?van={lastYear.From:yyyy-MM-dd}&tot={lastYear.To:yyyy-MM-dd}$"));
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync(expected);
        Assert.Equal(lastYear, await overview.PeriodAsync());

        await tab.Page.GoBackAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex($"{Regex.Escape(openedUrl)}$"));
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync(openedP1);
        await Expect(overview.Select("periode")).ToHaveValueAsync("lopend-jaar");
        Assert.Equal(opened, await overview.PeriodAsync());
    }

    [BrowserFact]
    public async Task The_protection_preview_shows_a_small_group_as_less_than_five_and_says_so_in_the_url()
    {
        var (practice, targetGroup, exactCount) = SmallGroup();
        var filter = new NamedFilter { Practices = [practice], TargetGroups = [targetGroup] };
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync($"/?{Year2025Query}&praktijk={Uri.EscapeDataString(practice)}&doelgroep={targetGroup}");
        var overview = new OverviewScreen(tab);
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync(exactCount.ToString(Dutch));

        await overview.ProtectionSwitch.ClickAsync();

        await Expect(tab.Page).ToHaveURLAsync(new Regex("[?&]weergave=afgeschermd(&|$)"));
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync("<5");
        foreach (var code in OverviewView.KeyFigures)
        {
            await Expect(overview.TotalValue(code)).ToHaveTextAsync(Shown(code, filter, Year2025, ViewerProfile.Protected));
        }
        await Expect(tab.Page.Locator(".app-preview input[type=checkbox]")).ToBeCheckedAsync();
    }

    [BrowserFact]
    public async Task The_english_switch_translates_the_menu_the_labels_and_the_number_format()
    {
        var participants = Calculate(IndicatorCode.P1, new NamedFilter(), Year2025);
        Assert.True(participants.Value >= 1000, "The check needs a thousands separator: take a period with 1,000 or more participants.");
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync($"/?{Year2025Query}");
        var overview = new OverviewScreen(tab);
        var menu = tab.Page.Locator(".rz-sidebar");
        await Expect(menu).ToContainTextAsync("Overzicht");
        await Expect(overview.TotalCard(IndicatorCode.P1).Locator(".indicator-term")).ToHaveTextAsync("Actieve deelnemers");
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync(FigureFormat.Number(IndicatorCode.P1, participants.Value!.Value));

        await tab.Page.Locator(".app-language button[lang='en']").ClickAsync();

        await Expect(tab.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await tab.WaitUntilReadyAsync();
        Assert.EndsWith($"/?{Year2025Query}", tab.Page.Url);
        await Expect(menu).ToContainTextAsync("Overview");
        await Expect(menu).Not.ToContainTextAsync("Overzicht");
        await Expect(overview.TotalCard(IndicatorCode.P1).Locator(".indicator-term")).ToHaveTextAsync("Active participants");
        var english = FigureFormat.Number(IndicatorCode.P1, participants.Value!.Value, culture: Language.English);
        Assert.Contains(",", english);
        await Expect(overview.TotalValue(IndicatorCode.P1)).ToHaveTextAsync(english);
        await Expect(tab.Page.Locator(".app-language button[lang='en']")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    [BrowserFact]
    public async Task How_calculated_opens_a_dialog_with_the_definition_and_the_filter_in_words()
    {
        await using var tab = await browser.OpenTabAsync();
        await tab.GotoAsync($"/?{Year2025Query}&soort=horeca");
        var overview = new OverviewScreen(tab);

        await overview.TotalCard(IndicatorCode.P4R).GetByRole(AriaRole.Button, new() { Name = "Hoe berekend?" }).ClickAsync();

        var dialog = tab.Page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("% uitstroom naar betaald werk — Alle praktijken in de selectie");
        await Expect(dialog).ToContainTextAsync(IndicatorCatalogue.Get(IndicatorCode.P4R).Definition(Language.Dutch));
        var words = FilterText.Describe(Resolve(new NamedFilter { PracticeKinds = ["horeca"] }, Year2025), browser.Indicators.Snapshot.Practices);
        Assert.Contains("Horeca", words);
        await Expect(dialog).ToContainTextAsync(words);
        await AxeCheck.AssertNoSeriousViolationsAsync(dialog, "the dialog Hoe berekend?");

        await tab.Page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>The first practice and target group whose exact number of active participants in 2025 is 1 to 4.</summary>
    private (string Practice, string TargetGroup, int Count) SmallGroup()
    {
        foreach (var practice in browser.Indicators.Snapshot.Practices)
        {
            foreach (var group in Codes.TargetGroups.Codes)
            {
                var filter = new NamedFilter { Practices = [practice.Path], TargetGroups = [group] };
                if (Calculate(IndicatorCode.P1, filter, Year2025) is { Value: >= 1 and <= 4 } figure)
                {
                    return (practice.Path, group, (int)figure.Value!.Value);
                }
            }
        }
        throw new InvalidOperationException("The demo sector has no practice and target group with 1 to 4 active participants in 2025.");
    }

    private IndicatorFilter Resolve(NamedFilter filter, Period period) =>
        FilterResolver.Resolve(filter, period, browser.Indicators.Snapshot.Practices);

    private Figure Calculate(IndicatorCode code, NamedFilter filter, Period period, ViewerProfile profile = ViewerProfile.Exact) =>
        browser.Indicators.Calculate(Resolve(filter, period), null, profile).Total[code];

    /// <summary>A figure as a card shows it, computed by the engine on the app's database.</summary>
    private string Shown(IndicatorCode code, NamedFilter filter, Period period, ViewerProfile profile = ViewerProfile.Exact) =>
        FigureFormat.Value(Calculate(code, filter, period, profile), smallCellK: 5);

    /// <summary>Runs `indicators … --exact` in-process on the app's database: each figure as the page would format it.</summary>
    private Dictionary<IndicatorCode, string> IndicatorsCommand(params string[] options)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exit = CommandLine.Run(["indicators", .. options, "--exact", "--db", browser.App.DatabaseFile], output, error);
        Assert.True(exit == 0, $"indicators exited with {exit}: {error}");
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.TrimEnd('\r').Split(';'))
            .ToDictionary(row => Enum.Parse<IndicatorCode>(row[0]), row =>
            {
                var code = Enum.Parse<IndicatorCode>(row[0]);
                // The last two columns: a name with a quoted ';' cannot shift them.
                return row[^1] switch
                {
                    "ok" => FigureFormat.Number(code, decimal.Parse(row[^2], Dutch)),
                    "geen_gegevens" => "geen gegevens",
                    "nvt" => "n.v.t.",
                    var status => throw new InvalidOperationException($"{code}: unexpected status '{status}' from --exact."),
                };
            });
    }
}
