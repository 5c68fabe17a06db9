using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using static Dashboard.Tests.Figures.Facts;

namespace Dashboard.Tests.Figures.Calculation;

/// <summary>
/// Which figures are "n.v.t." (docs/indicatoren.md#regels-voor-elk-cijfer): sales carry no participant attributes; an outcome breakdown only
/// has the figures about ended trajectories and their follow-ups, a certificate-kind breakdown only P9. Checked on every group's figures.
/// </summary>
public class ApplicabilityTests
{
    private static readonly IndicatorCode[] People =
    [
        IndicatorCode.P1, IndicatorCode.P2, IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P4R, IndicatorCode.P5, IndicatorCode.P6R,
        IndicatorCode.P7R, IndicatorCode.P8, IndicatorCode.P9, IndicatorCode.P10, IndicatorCode.P11, IndicatorCode.P12,
        IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.P15,
    ];

    private static readonly IndicatorCode[] AboutEndedTrajectories =
    [
        IndicatorCode.P3, IndicatorCode.P4, IndicatorCode.P4R, IndicatorCode.P5, IndicatorCode.P6R, IndicatorCode.P7R,
        IndicatorCode.P10, IndicatorCode.P11, IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.P15,
    ];

    private static readonly IndicatorCode[] Everything = [.. IndicatorCatalogue.All.Select(i => i.Code)];

    private static IReadOnlyList<IndicatorCode> Applicable(IndicatorGroup group) =>
        group.Figures.Values.Where(f => f.Status != FigureStatus.NotApplicable).Select(f => f.Code).Order().ToList();

    [Theory]
    [InlineData(Dimension.Organisation, "everything")]
    [InlineData(Dimension.Store, "everything")]
    [InlineData(Dimension.Practice, "everything")]
    [InlineData(Dimension.PracticeKind, "everything")]
    [InlineData(Dimension.Month, "everything")]
    [InlineData(Dimension.Quarter, "everything")]
    [InlineData(Dimension.Year, "everything")]
    [InlineData(Dimension.TargetGroup, "people")]
    [InlineData(Dimension.AgeGroup, "people")]
    [InlineData(Dimension.TrajectoryType, "people")]
    [InlineData(Dimension.Scheme, "people")]
    [InlineData(Dimension.Outcome, "ended")]
    [InlineData(Dimension.CertificateKind, "P9")]
    public void What_a_breakdown_gives_values_for(Dimension breakdown, string expected)
    {
        var table = Calculate(HandMadeSet.Filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales, breakdown);

        IndicatorCode[] codes = expected switch
        {
            "everything" => Everything,
            "people" => People,
            "ended" => AboutEndedTrajectories,
            _ => [IndicatorCode.P9],
        };
        Assert.NotEmpty(table.Groups);
        Assert.All(table.Groups, g => Assert.Equal(codes.Order(), Applicable(g)));
    }

    [Theory]
    [InlineData("doelgroep")]
    [InlineData("leeftijdsgroep")]
    [InlineData("traject")]
    [InlineData("regeling")]
    public void A_participant_attribute_filter_makes_money_and_environment_not_applicable(string attribute)
    {
        var one = new HashSet<string> { attribute switch
        {
            "doelgroep" => "arbeidsbeperking",
            "leeftijdsgroep" => "tot27",
            "traject" => "werkervaring",
            _ => "participatiewet",
        } };
        var filter = attribute switch
        {
            "doelgroep" => HandMadeSet.Filter with { TargetGroups = one },
            "leeftijdsgroep" => HandMadeSet.Filter with { AgeGroups = one },
            "traject" => HandMadeSet.Filter with { TrajectoryTypes = one },
            _ => HandMadeSet.Filter with { Schemes = one },
        };

        var table = Calculate(filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales);
        var byStore = Calculate(filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales, Dimension.Store);

        Assert.Equal(People.Order(), Applicable(table.Total));
        Assert.All(byStore.Groups, g => Assert.Equal(People.Order(), Applicable(g)));
        // n.v.t. carries no value and no source rows.
        Assert.Equal(new Figure(IndicatorCode.E1, FigureStatus.NotApplicable, null, null), table.Total[IndicatorCode.E1]);
    }

    [Fact]
    public void Entity_filters_keep_every_figure()
    {
        var filter = HandMadeSet.Filter with
        {
            Organisations = new HashSet<long> { AanDeMaas },
            Stores = new HashSet<long> { StoreAan },
            PracticeKinds = new HashSet<string> { "winkel", "horeca" },
            Practices = new HashSet<long> { AanWinkel, AanRest },
        };

        var table = Calculate(filter, HandMadeSet.Trajectories, HandMadeSet.Certificates, HandMadeSet.Sales);

        Assert.Equal(Everything.Order(), Applicable(table.Total));
        FigureAssert.Value(3690m, table.Total, IndicatorCode.E1);
    }
}
