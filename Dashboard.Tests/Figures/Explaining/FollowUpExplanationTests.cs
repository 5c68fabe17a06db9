using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Tests.Figures.Explaining;

/// <summary>"Hoe berekend?" of the follow-up response P15 (docs/nameting.md): the period it looks back to, in words.</summary>
public class FollowUpExplanationTests
{
    private static IReadOnlyList<string> Lines(IndicatorCode code, Period period, int? month = null, string lastDataDay = "2026-10-31")
    {
        var table = Facts.Calculate(new IndicatorFilter(period), [Facts.Trajectory(1, "2024-01-01", "2024-09-30", "betaald_werk")],
            breakdown: month is null ? null : Dimension.Month) with { LastDataDay = Facts.Day(lastDataDay) };
        var group = month is { } number ? table.Groups[number - 1] : table.Total;
        return FigureExplanation.For(group[code], group, table, "", Facts.Practices, Language.Dutch).Settings;
    }

    [Fact]
    public void The_response_names_the_period_half_a_year_back()
    {
        Assert.Equal("Uitstroom naar betaald werk in de periode een half jaar terug (1 juli 2024 t/m 30 juni 2025), met de nameting na 6 maanden die telt",
            Lines(IndicatorCode.P15, Period.Year(2025))[0]);
        Assert.Equal("Uitstroom naar betaald werk in de periode een half jaar terug (1e kwartaal 2025), met de nameting na 6 maanden die telt",
            Lines(IndicatorCode.P15, Period.Quarter(2025, 3))[0]);
    }

    [Fact]
    public void A_month_of_a_breakdown_looks_back_from_its_own_period()
    {
        Assert.Equal("Uitstroom naar betaald werk in de periode een half jaar terug (februari 2025), met de nameting na 6 maanden die telt",
            Lines(IndicatorCode.P15, Period.Year(2025), month: 8)[0]);
    }

    [Fact]
    public void A_response_whose_last_window_is_still_open_when_the_data_end_is_provisional()
    {
        // 2025 looks back to 30 June 2025 at the latest: its 6-month window closes on 29 March 2026.
        var open = Lines(IndicatorCode.P15, Period.Year(2025), lastDataDay: "2026-03-28");
        var closed = Lines(IndicatorCode.P15, Period.Year(2025), lastDataDay: "2026-03-29");

        Assert.Equal("Voorlopig: de nameting na 6 maanden van deze uitstroom kan nog komen tot en met 29 maart 2026, en de gegevens lopen "
            + "tot en met 28 maart 2026. Wie nog niet is nagebeld, telt nu als niet bereikt", open[1]);
        Assert.DoesNotContain(closed, l => l.StartsWith("Voorlopig", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_the_move_squeezes_away_says_so_and_lasting_work_has_no_such_line()
    {
        var day = new Period(Facts.Day("2025-08-30"), Facts.Day("2025-08-30"));

        Assert.Equal("De periode een half jaar terug is leeg: deze periode is daarvoor te kort", Lines(IndicatorCode.P15, day)[0]);
        Assert.DoesNotContain(Lines(IndicatorCode.P13, Period.Year(2025)), l => l.Contains("half jaar terug", StringComparison.Ordinal));
    }
}
