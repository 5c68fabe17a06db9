using System.Text;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.Sector;

/// <summary>
/// What a filter compares (docs/sector.md#sectorvergelijking): organisations as wholes or by practice kind, so one practice
/// among several of its kind is compared by the kind and the sentence names the organisation, not the practice; a filter on
/// participants is not compared.
/// </summary>
public sealed class SectorViewTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly IndicatorService _indicators;

    public SectorViewTests()
    {
        var stores = new StringBuilder("organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort;vloeroppervlak_m2\n");
        var trajectories = new StringBuilder("deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom;ladder_start;ladder_eind\n");
        for (var i = 1; i <= 9; i++)
        {
            stores.Append($"Org {i};S{i};Winkel {i};REST;Restaurant {i};horeca;500\n");
            for (var p = 0; p < 5 + i; p++)
            {
                trajectories.Append($"D{i}-{p};S{i};REST;arbeidsbeperking;werkervaring;01-06-2024;;20;;;\n");
            }
        }
        // Org 1 has a second restaurant, with 30 participants of its own.
        stores.Append("Org 1;S1;Winkel 1;CAFE;Café 1;horeca;500\n");
        for (var p = 0; p < 30; p++)
        {
            trajectories.Append($"C{p};S1;CAFE;arbeidsbeperking;werkervaring;01-06-2024;;20;;;\n");
        }
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, "winkels.csv", stores.ToString()));
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, "deelnemers.csv", trajectories.ToString()));
        using (var connection = _install.Database.Open())
        using (var transaction = connection.BeginWrite())
        {
            connection.Execute("UPDATE organisations SET takes_part = 1", transaction);
            DataVersion.Bump(connection, transaction);
            transaction.Commit();
        }
        _indicators = new IndicatorService(new SnapshotCache(_install.Database), new SettingsStore(_install.Database));
    }

    private SectorView View(NamedFilter filter) => SectorView.Build(new SectorComparisons(_indicators),
        FilterResolver.Resolve(filter, Period.Year(2025), _indicators.Snapshot.Practices), _indicators.Snapshot.Practices, IndicatorCode.P1,
        ViewerProfile.Exact, Language.Dutch);

    [Fact]
    public void One_practice_among_several_of_its_kind_is_compared_by_the_kind_under_the_organisations_name()
    {
        var view = View(new NamedFilter { Practices = ["S1/REST"] });

        // Both of Org 1's restaurants count: 6 + 30 = 36, not the 6 of Restaurant 1 alone; the sentence names Org 1.
        Assert.Equal(36m, view.Position!.Own.Value);
        Assert.Equal("horeca", view.Position.PracticeKind);
        Assert.StartsWith("Met 36 (Actieve deelnemers) zit Org 1 in het hoogste kwart", view.Sentence, StringComparison.Ordinal);
        Assert.Equal("Vergeleken: alle praktijken van de soort Horeca van Org 1, met die van de andere organisaties.", view.Compared);
    }

    [Fact]
    public void An_organisations_only_practice_of_a_kind_is_named_itself()
    {
        var view = View(new NamedFilter { Practices = ["S2/REST"] });

        Assert.StartsWith("Met 7 (Actieve deelnemers) zit Restaurant 2 in", view.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_on_participants_is_not_compared()
    {
        var view = View(new NamedFilter { Organisations = ["Org 2"], TargetGroups = ["arbeidsbeperking"] });

        Assert.Null(view.Position);
        Assert.Contains("niet over een groep deelnemers", view.Sentence, StringComparison.Ordinal);
    }

    public void Dispose() => _install.Dispose();
}
