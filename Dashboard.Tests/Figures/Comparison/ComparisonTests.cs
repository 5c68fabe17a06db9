using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Comparison;

/// <summary>Period comparison and the store comparison through the service, on the standard stores.</summary>
public sealed class ComparisonTests : IDisposable
{
    private TestInstallation _install = null!;

    /// <summary>The test's installation on <paramref name="provider"/>, with the standard stores; disposed after the test.</summary>
    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private IndicatorService Service => new(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));

    private static SaleRow Sale(string date, string store, string practice, string revenue) =>
        new() { Date = date, Store = store, Practice = practice, Revenue = revenue, Items = "1", Weight = "", Transactions = "1" };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_calendar_month_is_compared_with_the_month_before_and_the_same_month_last_year(DatabaseProvider provider)
    {
        Install(provider);
        _install.ImportOk(ImportKind.Verkopen, "verkopen.csv", SaleRow.File(
            Sale("15-03-2024", "AAN", "WINKEL", "80,00"),
            Sale("28-02-2025", "AAN", "WINKEL", "50,00"),
            Sale("01-03-2025", "AAN", "WINKEL", "100,00"),
            Sale("31-03-2025", "AAN", "WINKEL", "20,00")));

        var compared = Service.Compare(new IndicatorFilter(Period.Month(2025, 3)), null, ViewerProfile.Exact);

        Assert.Equal(120m, compared.Current.Total[IndicatorCode.E1].Value);
        Assert.Equal(Period.Month(2025, 2), compared.Previous.Filter.Period);
        Assert.Equal(Period.Month(2024, 3), compared.LastYear.Filter.Period);
        Assert.Equal((70m, 140m), (compared.FromPrevious(IndicatorCode.E1).Absolute, compared.FromPrevious(IndicatorCode.E1).Percent));
        Assert.Equal(50m, compared.FromLastYear(IndicatorCode.E1).Percent); // (120 − 80) / 80
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_custom_period_is_compared_with_as_many_days_directly_before_it(DatabaseProvider provider)
    {
        Install(provider);
        var compared = Service.Compare(new IndicatorFilter(new Period(new(2025, 3, 10), new(2025, 3, 19))), null, ViewerProfile.Exact);

        Assert.Equal(new Period(new(2025, 2, 28), new(2025, 3, 9)), compared.Previous.Filter.Period);
        Assert.Equal(new Period(new(2024, 3, 10), new(2024, 3, 19)), compared.LastYear.Filter.Period);
    }

    private void ImportParticipants(string store, string practice, int count, int first)
    {
        var rows = Enumerable.Range(first, count).Select(n => TrajectoryRow.Number(n) with { Store = store, Practice = practice, Start = "01-01-2025" });
        _install.ImportOk(ImportKind.Deelnemers, $"deelnemers-{store}.csv", TrajectoryRow.File(rows));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Stores_are_ranked_best_first_with_hidden_ones_last_and_the_median_of_those_shown(DatabaseProvider provider)
    {
        Install(provider);
        ImportParticipants("AAN", "REST", 6, 1);
        ImportParticipants("ZWO", "TEXT", 8, 101);
        ImportParticipants("BLE", "FIETS", 2, 201);

        var comparison = Service.CompareStores(new IndicatorFilter(Period.Year(2025)), IndicatorCode.P1, null, Normalisation.None, ViewerProfile.Protected);

        // BLE's 2 is hidden, and AAN's 6 with it (the smallest other store): 16 in all minus ZWO's 8 would give AAN + BLE,
        // and AAN shown would give BLE away.
        Assert.Equal("ZWO", comparison.Rows[0].StoreCode);
        Assert.Equal([1, null, null], comparison.Rows.Select(r => r.Rank));
        Assert.All(comparison.Rows.Skip(1), r => Assert.Equal((FigureStatus.Hidden, (decimal?)null), (r.Figure.Status, r.Figure.Value)));
        Assert.Equal(8m, comparison.Median);    // the hidden stores do not count
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_practice_kind_restricts_each_store_to_its_practices_of_that_kind(DatabaseProvider provider)
    {
        Install(provider);
        ImportParticipants("AAN", "REST", 6, 1);
        ImportParticipants("AAN", "WINKEL", 5, 301);
        ImportParticipants("ZWO", "TEXT", 8, 101);

        var comparison = Service.CompareStores(new IndicatorFilter(Period.Year(2025)), IndicatorCode.P1, "horeca", Normalisation.None, ViewerProfile.Exact);

        Assert.Equal(["AAN"], comparison.Rows.Select(r => r.StoreCode));
        Assert.Equal(6m, comparison.Rows[0].Figure.Value);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Counts_can_be_normalised_per_participant_per_thousand_hours_and_per_square_metre(DatabaseProvider provider)
    {
        Install(provider);
        ImportParticipants("AAN", "REST", 6, 1);      // 6 × 24 h a week, all year
        ImportParticipants("ZWO", "TEXT", 8, 101);
        ImportParticipants("BLE", "FIETS", 6, 201);   // BLE has no floor area
        var filter = new IndicatorFilter(Period.Year(2025));

        var perParticipant = Service.CompareStores(filter, IndicatorCode.P2, null, Normalisation.PerParticipant, ViewerProfile.Exact);
        var perArea = Service.CompareStores(filter, IndicatorCode.P1, null, Normalisation.PerSquareMetre, ViewerProfile.Exact);
        var perHours = Service.CompareStores(filter, IndicatorCode.P1, null, Normalisation.PerThousandParticipantHours, ViewerProfile.Exact);

        Assert.All(perParticipant.Rows, r => Assert.Equal(1m, r.Figure.Value)); // every participant started in 2025
        Assert.Equal(6m / 1250m, perArea.Rows.Single(r => r.StoreCode == "AAN").Figure.Value);
        Assert.Equal(FigureStatus.NoData, perArea.Rows.Single(r => r.StoreCode == "BLE").Figure.Status);
        // AAN: 6 participants × 24 h × 365 days / 7 hours; per 1,000 hours: 6 × 1000 / that
        Assert.Equal(6m * 1000m / (6m * 24m * 365m / 7m), perHours.Rows.Single(r => r.StoreCode == "AAN").Figure.Value);
        Assert.Throws<ArgumentException>(() => Service.CompareStores(filter, IndicatorCode.P4R, null, Normalisation.PerParticipant, ViewerProfile.Exact));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_value_normalised_by_a_hidden_participant_count_is_hidden(DatabaseProvider provider)
    {
        Install(provider);
        ImportParticipants("BLE", "FIETS", 3, 201);
        ImportParticipants("AAN", "REST", 6, 1);
        // The smallest other store, hidden with BLE so that BLE cannot be worked back: AAN stays in sight.
        ImportParticipants("ZWO", "TEXT", 5, 101);

        var comparison = Service.CompareStores(new IndicatorFilter(Period.Year(2025)), IndicatorCode.E1, null, Normalisation.PerParticipant, ViewerProfile.Protected);

        Assert.Equal(FigureStatus.Hidden, comparison.Rows.Single(r => r.StoreCode == "BLE").Figure.Status);
        Assert.Equal(0m, comparison.Rows.Single(r => r.StoreCode == "AAN").Figure.Value); // no sales: 0 per participant
    }

    public void Dispose() => _install?.Dispose();
}
