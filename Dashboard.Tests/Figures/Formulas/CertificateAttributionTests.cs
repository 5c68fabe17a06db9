using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Formulas;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Formulas;

/// <summary>
/// docs/indicatoren.md#mensen: a certificate takes the attributes of the participant's trajectory at the same store and practice
/// that was active on its date, else of the latest one that started before it; none → unattributed.
/// </summary>
public class CertificateAttributionTests
{
    private static readonly TrajectoryFact LongRunning =
        Trajectory(1, "2025-01-01", "2025-12-31", "betaald_werk", targetGroup: "zonder_werk");
    private static readonly TrajectoryFact ShortSpring =
        Trajectory(1, "2025-03-01", "2025-04-30", "ander_traject", targetGroup: "nieuwkomer");
    private static readonly TrajectoryFact StartsInJuly =
        Trajectory(1, "2025-07-01", targetGroup: "opleiding");

    [Fact]
    public void The_trajectory_active_on_the_date_wins_over_a_later_started_one()
    {
        // 1 June: LongRunning is active; ShortSpring started later but ended 30 April.
        Assert.Same(LongRunning, CertificateAttribution.Attribute(Day("2025-06-01"), [ShortSpring, LongRunning, StartsInJuly]));
    }

    [Fact]
    public void Without_an_active_one_the_latest_that_started_before_the_date()
    {
        var january = Trajectory(1, "2025-01-01", "2025-02-28", "uitval");

        // 1 June: neither is active; ShortSpring (1 March) started after January's; StartsInJuly started after the date.
        Assert.Same(ShortSpring, CertificateAttribution.Attribute(Day("2025-06-01"), [january, ShortSpring, StartsInJuly]));
    }

    [Theory]
    [InlineData("2025-04-30")] // the last day of ShortSpring: still active, so it beats the later-started MidApril
    [InlineData("2025-03-01")] // its first day: it counts although it did not start strictly before the date
    public void A_trajectory_is_active_on_its_first_and_last_day(string date)
    {
        var before = Trajectory(1, "2024-01-01", "2024-12-31", "uitval");
        var midApril = Trajectory(1, "2025-04-15", "2025-04-20", "uitval");

        Assert.Same(ShortSpring, CertificateAttribution.Attribute(Day(date), [before, midApril, ShortSpring]));
    }

    [Fact]
    public void Only_later_trajectories_or_none_means_unattributed()
    {
        Assert.Null(CertificateAttribution.Attribute(Day("2025-06-30"), [StartsInJuly]));
        Assert.Null(CertificateAttribution.Attribute(Day("2025-06-30"), []));
    }

    [Fact]
    public void Of_two_active_trajectories_the_latest_started_one()
    {
        // docs/indicatoren.md#mensen "the" active trajectory; with two the code takes the one started last (see the report).
        Assert.Same(ShortSpring, CertificateAttribution.Attribute(Day("2025-04-01"), [LongRunning, ShortSpring]));
    }
}
