using Dashboard.Data.Figures.Calculation;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Calculation;

public class ParticipantFilterTests
{
    private static readonly IndicatorFilter NoFilter = new(Period("2025-01-01", "2025-12-31"));

    [Fact]
    public void Without_attribute_values_everything_is_admitted()
    {
        Assert.True(Admits(NoFilter, "overig", null, "overig", null));
    }

    [Theory]
    // target group, age group, trajectory type, scheme of a trajectory → admitted by
    // doelgroep {zonder_werk, nieuwkomer}, leeftijdsgroep {tot27}, traject {werkervaring, leerwerk}, regeling {wajong}?
    [InlineData("zonder_werk", "tot27", "leerwerk", "wajong", true)]
    [InlineData("opleiding", "tot27", "leerwerk", "wajong", false)]   // target group not chosen
    [InlineData("nieuwkomer", "50plus", "leerwerk", "wajong", false)] // age group not chosen
    [InlineData("nieuwkomer", null, "leerwerk", "wajong", false)]     // no age group: not in any chosen age group
    [InlineData("nieuwkomer", "tot27", "stage_bbl", "wajong", false)] // trajectory type not chosen
    [InlineData("nieuwkomer", "tot27", "werkervaring", null, false)]  // no scheme
    public void Every_attribute_filter_must_admit(string targetGroup, string? ageGroup, string type, string? scheme, bool admitted)
    {
        var filter = NoFilter with
        {
            TargetGroups = new HashSet<string> { "zonder_werk", "nieuwkomer" },
            AgeGroups = new HashSet<string> { "tot27" },
            TrajectoryTypes = new HashSet<string> { "werkervaring", "leerwerk" },
            Schemes = new HashSet<string> { "wajong" },
        };

        Assert.Equal(admitted, Admits(filter, targetGroup, ageGroup, type, scheme));
    }

    private static bool Admits(IndicatorFilter filter, string targetGroup, string? ageGroup, string type, string? scheme)
    {
        var packed = PackedPeople.Of([Trajectory(1, "2025-01-01", targetGroup: targetGroup, ageGroup: ageGroup, type: type, scheme: scheme)], []);
        return new ParticipantFilter(filter, packed.Codes).Admits(packed.Trajectories[0]);
    }
}
