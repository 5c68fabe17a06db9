using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Figures.TheoryOfChange;

/// <summary>The demo sector comes with a theory of change for every demo practice, and takes them along when it is removed.</summary>
public sealed class DemoTheoriesOfChangeTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly TemporaryFolder _folder = new();

    private DemoSeeder Seeder => new(_install.Database, _install.Importer);

    private TheoryOfChangeStore Theories => new(_install.Database);

    private long PracticeId(string store, string practice) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{practice}'");

    private void WriteDemoFolder(string participants = "D-1;DEM;REST;nieuwkomer;werkervaring;01-02-2024;20")
    {
        File.WriteAllText(_folder.Sub("winkels.csv"), """
            organisatie;winkel;winkelnaam;plaats;praktijk;praktijknaam;soort
            Demo Kringloop;DEM;Demo Centrum;Venlo;WINKEL;Winkelvloer;winkel
            Demo Kringloop;DEM;Demo Centrum;Venlo;REST;Restaurant De Pan;horeca
            Demo Kringloop;DEM;Demo Centrum;Venlo;FIETS;Fietswerkplaats De Ketting;fietsen
            """);
        File.WriteAllText(_folder.Sub("deelnemers.csv"), $"""
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;uren_per_week
            {participants}
            """);
    }

    private void ImportRealOrganisation() =>
        _install.ImportOk(ImportKind.Winkels, "echt-winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort
            Echte Kringloop;ECH;Echt Centrum;REST;Lunchroom Echt;horeca
            """);

    [Fact]
    public void Seeding_stores_the_default_theory_of_change_for_every_demo_practice()
    {
        WriteDemoFolder();

        Seeder.Seed(_folder.Path);

        Assert.Equal(3, _install.Count("theories_of_change"));
        var restaurant = Theories.Get(PracticeId("DEM", "REST"));
        Assert.NotNull(restaurant);
        Assert.StartsWith("Restaurant De Pan biedt", restaurant.ImpactGoal);
        Assert.StartsWith("Fietswerkplaats De Ketting biedt", Theories.Get(PracticeId("DEM", "FIETS"))!.ImpactGoal);
    }

    [Fact]
    public void Real_practices_get_no_stored_theory_of_change()
    {
        ImportRealOrganisation();
        WriteDemoFolder();

        Seeder.Seed(_folder.Path);

        Assert.Null(Theories.Get(PracticeId("ECH", "REST")));
        Assert.Equal(3, _install.Count("theories_of_change"));
    }

    [Fact]
    public void Seeding_again_keeps_a_theory_of_change_the_user_has_edited()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        var restaurant = PracticeId("DEM", "REST");
        Theories.Save(Theories.Get(restaurant)! with { ImpactGoal = "Ons eigen doel." });

        Seeder.Seed(_folder.Path);

        Assert.Equal("Ons eigen doel.", Theories.Get(restaurant)!.ImpactGoal);
        Assert.Equal(3, _install.Count("theories_of_change"));
    }

    [Fact]
    public void A_refused_demo_file_stores_no_theory_of_change()
    {
        WriteDemoFolder(participants: "D-1;DEM;ONBEKEND;nieuwkomer;werkervaring;01-02-2024;20");

        var outcomes = Seeder.Seed(_folder.Path);

        Assert.False(outcomes[^1].Outcome.Succeeded);
        Assert.Equal(0, _install.Count("theories_of_change"));
    }

    [Fact]
    public void Removing_the_demo_sector_removes_its_theories_of_change_and_targets_but_not_those_of_real_practices()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        ImportRealOrganisation();
        var real = PracticeId("ECH", "REST");
        var realOrganisation = _install.Query<long>("SELECT id FROM organisations WHERE name = 'Echte Kringloop'");
        var demoOrganisation = _install.Query<long>("SELECT id FROM organisations WHERE name = 'Demo Kringloop'");
        Theories.Save(TheoryOfChangeDefaults.For(new(real, "REST", "Lunchroom Echt", "horeca", 0, "ECH", "Echt Centrum", null, null, 0, "")));
        var targets = new TargetStore(_install.Database);
        targets.Save(Target.ForPractice(2025, IndicatorCode.P2, PracticeId("DEM", "REST"), 10));
        targets.Save(Target.ForOrganisation(2025, IndicatorCode.P2, demoOrganisation, 30));
        targets.Save(Target.ForPractice(2025, IndicatorCode.P2, real, 12));
        targets.Save(Target.ForOrganisation(2025, IndicatorCode.P2, realOrganisation, 12));

        Assert.Equal(1, Seeder.Remove());

        Assert.Equal(1, _install.Count("theories_of_change"));
        Assert.NotNull(Theories.Get(real));
        Assert.Equal(
            [Target.ForOrganisation(2025, IndicatorCode.P2, realOrganisation, 12), Target.ForPractice(2025, IndicatorCode.P2, real, 12)],
            targets.List());
    }

    public void Dispose()
    {
        _install.Dispose();
        _folder.Dispose();
    }
}
