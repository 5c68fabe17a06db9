using Dashboard.Data.Indicators.Filtering;
using static Dashboard.Tests.Indicators.Facts;

namespace Dashboard.Tests.Indicators.Filtering;

public class IndicatorFilterTests
{
    private static readonly IndicatorFilter NoFilter = new(Period("2025-01-01", "2025-12-31"));

    [Fact]
    public void Without_attribute_values_everything_is_admitted()
    {
        Assert.True(NoFilter.Admits("overig", null, "overig", null));
        Assert.False(NoFilter.HasParticipantFilter);
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

        Assert.Equal(admitted, filter.Admits(targetGroup, ageGroup, type, scheme));
        Assert.True(filter.HasParticipantFilter);
    }

    [Fact]
    public void Entity_filters_are_no_participant_filter()
    {
        var filter = NoFilter with
        {
            Organisations = new HashSet<long> { 1 }, Stores = new HashSet<long> { 2 },
            PracticeKinds = new HashSet<string> { "horeca" }, Practices = new HashSet<long> { 3 },
        };

        Assert.False(filter.HasParticipantFilter);
    }

    [Theory]
    [InlineData("doelgroep", Dimension.TargetGroup, true)]
    [InlineData("leeftijdsgroep", Dimension.AgeGroup, true)]
    [InlineData("traject", Dimension.TrajectoryType, true)]
    [InlineData("regeling", Dimension.Scheme, true)]
    [InlineData("org", Dimension.Organisation, false)]
    [InlineData("store", Dimension.Store, false)]
    [InlineData("practice", Dimension.Practice, false)]
    [InlineData("kind", Dimension.PracticeKind, false)]
    [InlineData("uitstroom", Dimension.Outcome, false)]
    [InlineData("certificaatsoort", Dimension.CertificateKind, false)]
    [InlineData(" Month ", Dimension.Month, false)]
    [InlineData("quarter", Dimension.Quarter, false)]
    [InlineData("year", Dimension.Year, false)]
    public void Breakdown_names_and_which_are_participant_attributes(string name, Dimension dimension, bool participantAttribute)
    {
        Assert.Equal(dimension, Dimensions.Parse(name));
        Assert.Equal(name.Trim().ToLowerInvariant(), dimension.Name());
        Assert.Equal(participantAttribute, dimension.IsParticipantAttribute());
    }

    [Fact]
    public void An_unknown_breakdown_name_is_not_guessed()
    {
        Assert.Null(Dimensions.Parse("doelgroepen"));
    }
}
