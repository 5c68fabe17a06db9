using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Settings;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Sector;

/// <summary>
/// One organisation among the others (docs/sector.md#sectorvergelijking), on hand-made organisations each with one restaurant:
/// who counts, the threshold of 7 others, what is normalised, and that a protected viewer gets rounded quartiles.
/// </summary>
public class SectorComparisonsTests
{
    private static readonly Dashboard.Data.Figures.Filtering.Period Year2025 = Dashboard.Data.Figures.Filtering.Period.Year(2025);

    /// <summary>Organisation i (id 100 + i, "Org i") with restaurant i (id i).</summary>
    private static PracticeInfo Restaurant(int i) =>
        new(i, "REST", $"Restaurant {i}", "horeca", 10 + i, $"S{i:00}", $"Winkel {i}", "Plaats", 1000m, 100 + i, $"Org {i:00}", TakesPart: true);

    /// <summary><paramref name="people"/> participants active all year at restaurant <paramref name="org"/>, each 20 hours a week.</summary>
    private static IEnumerable<TrajectoryFact> Active(int org, int people) =>
        Enumerable.Range(org * 1000, people).Select(p => Trajectory(p, "2024-06-01", practice: org, hours: 20));

    /// <summary>The position of Org 01 for <paramref name="code"/>, with the organisations' active participants as given (Org 01 first).</summary>
    private static SectorPosition Position(IndicatorCode code, int[] participants, ViewerProfile own = ViewerProfile.Exact, bool exact = false)
    {
        var practices = Enumerable.Range(1, participants.Length).Select(Restaurant).ToList();
        var snapshot = new SectorSnapshot
        {
            Practices = practices,
            Trajectories = participants.SelectMany((n, i) => Active(i + 1, n)).ToList(),
            Certificates = [],
        };
        var calculator = new IndicatorCalculator(IndicatorSettings.Defaults);
        var filter = new IndicatorFilter(Year2025);
        var shown = calculator.Calculate(snapshot, [], filter, Dimension.Organisation, ViewerProfile.Protected);
        var exactTable = exact ? calculator.Calculate(snapshot, [], filter, Dimension.Organisation, ViewerProfile.Exact) : null;
        var ownGroup = calculator.Calculate(snapshot, [], filter with { Organisations = new HashSet<long> { 101 } }, null, exact ? ViewerProfile.Exact : own).Total;
        var blank = new SectorPosition(code, 101, "Org 01", null, Year2025, SectorStatus.Shown, 0, null, null, null,
            new Figure(code, FigureStatus.NotApplicable, null, null), SectorComparisons.NormalisationOf(IndicatorCatalogue.Get(code)) != Normalisation.None);
        return SectorComparisons.Place(blank, shown, exactTable, ownGroup);
    }

    [Fact]
    public void Seven_other_organisations_give_a_distribution_six_do_not()
    {
        int[] eight = [20, 10, 12, 14, 16, 18, 22, 24];

        var shown = Position(IndicatorCode.P1, eight, exact: true);
        var tooFew = Position(IndicatorCode.P1, eight[..7], exact: true);

        // The others: 10, 12, 14, 16, 18, 22, 24 — p25 at 1,5 → 12 + 1 = 13, median 16, p75 at 4,5 → 18 + 2 = 20.
        Assert.Equal((SectorStatus.Shown, 7, 13m, 16m, 20m), (shown.Status, shown.Others, shown.P25, shown.Median, shown.P75));
        Assert.Equal(20m, shown.Own.Value);
        Assert.Equal(3, shown.Quarter); // 20 is above the median 16 and not above p75 20
        Assert.Equal(SectorStatus.TooFew, tooFew.Status);
        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null), (tooFew.Others, tooFew.P25, tooFew.Median, tooFew.P75));
        Assert.Null(tooFew.Quarter);
    }

    [Fact]
    public void An_organisation_whose_figure_is_hidden_does_not_count()
    {
        // Org 08 has 3 active participants: hidden for a protected viewer, so only six others count.
        var position = Position(IndicatorCode.P1, [20, 10, 12, 14, 16, 18, 22, 3], exact: true);

        Assert.Equal(SectorStatus.TooFew, position.Status);
    }

    [Fact]
    public void Others_are_perturbed_as_a_protected_viewer_sees_them_unless_exact()
    {
        int[] participants = [20, 10, 12, 14, 16, 18, 22, 24];

        var shown = Position(IndicatorCode.P1, participants);
        var exact = Position(IndicatorCode.P1, participants, exact: true);

        // Every record key is 0 here: a protected viewer sees each count 2 lower, never below 5 (docs/privacy-en-toegang.md).
        Assert.Equal((11m, 14m, 18m), (shown.P25!.Value, shown.Median!.Value, shown.P75!.Value));
        Assert.Equal((13m, 16m, 20m), (exact.P25!.Value, exact.Median!.Value, exact.P75!.Value));
        // The own value as the viewer sees it: exact for a director of the organisation.
        Assert.Equal(20m, shown.Own.Value);
    }

    [Fact]
    public void Hours_are_compared_per_active_participant_so_size_does_not_count()
    {
        // Everyone works 20 hours a week all year: every organisation has the same hours per participant, whatever its size.
        var position = Position(IndicatorCode.P8, [20, 10, 12, 14, 16, 18, 22, 24], exact: true);

        Assert.True(position.Normalised);
        Assert.Equal(Math.Round(position.P25!.Value, 10), Math.Round(position.P75!.Value, 10));
        Assert.Equal(Math.Round(position.Median!.Value, 6), Math.Round(position.Own.Value!.Value, 6));
        Assert.Equal(Normalisation.PerThousandParticipantHours, SectorComparisons.NormalisationOf(IndicatorCatalogue.Get(IndicatorCode.E1)));
        Assert.Equal(Normalisation.None, SectorComparisons.NormalisationOf(IndicatorCatalogue.Get(IndicatorCode.P4R)));
        Assert.Equal(Normalisation.None, SectorComparisons.NormalisationOf(IndicatorCatalogue.Get(IndicatorCode.P1)));
    }

    [Fact]
    public void The_social_value_is_not_offered()
    {
        Assert.DoesNotContain(SectorComparisons.Offered, i => i.Theme == IndicatorTheme.SocialValue);
        Assert.Contains(SectorComparisons.Offered, i => i.Code == IndicatorCode.P7R);
    }
}
