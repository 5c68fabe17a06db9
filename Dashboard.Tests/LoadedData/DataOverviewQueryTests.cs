using Dashboard.Data.Imports;
using Dashboard.Data.Imports.LoadedData;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.LoadedData;

/// <summary>What the Gegevens page says is loaded, per organisation, on each provider: here the investments beside the rest.</summary>
public class DataOverviewQueryTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Each_organisation_shows_its_investments_and_their_years(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Investeringen, "investeringen.csv", InvestmentRow.File(
            new InvestmentRow { Year = "2024", Amount = "10.000,50" },
            new InvestmentRow { Year = "2025", Amount = "2.499,50", Funder = "fonds" }));

        var overview = new DataOverviewQuery(install.Database).Load();

        var aanDeMaas = overview.Organisations.Single(o => o.Name == StandardStores.AanDeMaas);
        Assert.Equal((12_500m, 2024, 2025), (aanDeMaas.Investment, aanDeMaas.FirstInvestmentYear, aanDeMaas.LastInvestmentYear));
        Assert.All(overview.Organisations.Where(o => o.Name != StandardStores.AanDeMaas),
            o => Assert.Equal((0m, (int?)null), (o.Investment, o.FirstInvestmentYear)));
        Assert.Equal(12_500m, overview.Investment);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Each_organisation_shows_how_many_follow_ups_its_trajectories_have(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(TrajectoryRow.Number(1).Ended("31-08-2025")));
        install.ImportOk(ImportKind.Nametingen, "nametingen.csv", FollowUpRow.File(new FollowUpRow(), new FollowUpRow { Date = "31-08-2026" }));

        var overview = new DataOverviewQuery(install.Database).Load();

        Assert.Equal(2, overview.Organisations.Single(o => o.Name == StandardStores.AanDeMaas).FollowUps);
        Assert.All(overview.Organisations.Where(o => o.Name != StandardStores.AanDeMaas), o => Assert.Equal(0, o.FollowUps));
        Assert.Equal(2, overview.FollowUps);
    }
}
