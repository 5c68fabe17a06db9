using Dashboard.Data.Figures.Filtering;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Filtering;

public class IndicatorFilterTests
{
    private static readonly IndicatorFilter NoFilter = new(Period("2025-01-01", "2025-12-31"));

    [Fact]
    public void Without_attribute_values_there_is_no_participant_filter()
    {
        Assert.False(NoFilter.HasParticipantFilter);
        Assert.True((NoFilter with { Schemes = new HashSet<string> { "wajong" } }).HasParticipantFilter);
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
    [InlineData("winkel", Dimension.Store, false)]
    [InlineData("praktijk", Dimension.Practice, false)]
    [InlineData("soort", Dimension.PracticeKind, false)]
    [InlineData("uitstroom", Dimension.Outcome, false)]
    [InlineData("certificaatsoort", Dimension.CertificateKind, false)]
    [InlineData(" Maand ", Dimension.Month, false)]
    [InlineData("kwartaal", Dimension.Quarter, false)]
    [InlineData("jaar", Dimension.Year, false)]
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
