using Dashboard.Data.Imports;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Installation.Demo;

/// <summary>Loading the demo sector from a folder, and removing it again without touching real data.</summary>
public sealed class DemoSeederTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly TemporaryFolder _folder = new();

    private DemoSeeder Seeder => new(_install.Database, _install.Importer);

    private void WriteDemoFolder()
    {
        File.WriteAllText(_folder.Sub("verkopen-2024.csv"), """
            datum;winkel;praktijk;categorie;omzet;aantal
            02-01-2024;DEM;WINKEL;huisraad;100,00;10
            """);
        File.WriteAllText(_folder.Sub("winkels.csv"), """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort
            Demo Kringloop;DEM;Demo Centrum;WINKEL;Winkelvloer;winkel
            """);
        File.WriteAllText(_folder.Sub("deelnemers.csv"), """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;uren_per_week
            D-1;DEM;WINKEL;nieuwkomer;werkervaring;01-02-2024;20
            """);
        File.WriteAllText(_folder.Sub("investeringen.csv"), """
            winkel;praktijk;jaar;bedrag;financier
            DEM;WINKEL;2024;10.000;gemeente
            """);
        File.WriteAllText(_folder.Sub("leesmij.txt"), "geen importbestand");
    }

    [Fact]
    public void Finds_the_import_files_of_a_folder_in_import_order()
    {
        WriteDemoFolder();

        var files = DemoSeeder.FilesIn(_folder.Path);

        Assert.Equal(["winkels.csv", "deelnemers.csv", "verkopen-2024.csv", "investeringen.csv"], files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal([ImportKind.Winkels, ImportKind.Deelnemers, ImportKind.Verkopen, ImportKind.Investeringen], files.Select(f => f.Kind));
    }

    [Fact]
    public void Seeds_an_empty_database_as_demo_data()
    {
        WriteDemoFolder();
        Assert.True(Seeder.DatabaseIsEmpty());

        var outcomes = Seeder.Seed(_folder.Path);

        Assert.All(outcomes, o => Assert.True(o.Outcome.Succeeded));
        Assert.False(Seeder.DatabaseIsEmpty());
        Assert.True(Seeder.HasDemoData());
        Assert.Equal(4, _install.Query<long>("SELECT COUNT(*) FROM import_batches WHERE is_demo = 1"));
        Assert.Equal(1000000, _install.Query<long>("SELECT amount_cents FROM investments"));
    }

    [Fact]
    public void Removing_the_demo_sector_leaves_real_organisations_and_their_data_untouched()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        _install.Import(ImportKind.Winkels, "echt-winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort
            Echte Kringloop;ECH;Echt Centrum;WINKEL;Winkelvloer;winkel
            """);
        _install.Import(ImportKind.Verkopen, "echt-verkopen.csv", """
            datum;winkel;praktijk;categorie;omzet
            03-01-2024;ECH;WINKEL;huisraad;55,00
            """);
        ImportAssert.Succeeded(_install.Import(ImportKind.Investeringen, "echt-investeringen.csv", """
            winkel;praktijk;jaar;bedrag;financier
            ECH;WINKEL;2024;2.500;fonds
            """));

        var removed = Seeder.Remove();

        Assert.Equal(1, removed);
        Assert.False(Seeder.HasDemoData());
        Assert.Equal("Echte Kringloop", _install.Query<string>("SELECT name FROM organisations"));
        Assert.Equal(1, _install.Count("stores"));
        Assert.Equal(0, _install.Count("trajectories"));
        Assert.Equal(5500, _install.Query<long>("SELECT SUM(revenue_cents) FROM sales"));
        Assert.Equal(5500, _install.Query<long>("SELECT SUM(revenue_cents) FROM sales_monthly"));
        SalesMonthlyCheck.AssertMatchesSales(_install);
        Assert.Equal(["ECH|2024|fonds|250000"], _install.Lines(
            "SELECT s.code, i.year, i.funder, i.amount_cents FROM investments i JOIN practices p ON p.id = i.practice_id JOIN stores s ON s.id = p.store_id"));
        Assert.Equal(3, _install.Count("import_batches"));
        Assert.Equal(0, Seeder.Remove());
    }

    [Fact]
    public void Removing_the_demo_sector_takes_the_follow_ups_of_its_trajectories_with_it()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        // Stored as the nametingen import stores a follow-up (docs/importbestanden.md#nametingen): on the trajectory, in its batch.
        using (var connection = _install.Database.Open())
        {
            connection.Execute(
                """
                INSERT INTO follow_ups (trajectory_id, practice_id, follow_up_date, situation, batch_id, record_key)
                SELECT id, practice_id, '2024-09-02', 'betaald_werk', batch_id, 7 FROM trajectories
                """);
        }
        Assert.Equal(1, _install.Count("follow_ups"));

        Assert.Equal(1, Seeder.Remove());

        Assert.Equal(0, _install.Count("follow_ups"));
        Assert.Equal(0, _install.Count("import_batches"));
    }

    [Fact]
    public void The_demo_practices_named_get_their_story_once_and_removing_the_demo_sector_takes_it_along()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        var store = new StoryStore(_install.Database, _install.Clock);
        var story = DemoStories.ByPath["EHV/REST"];

        Assert.Equal(1, store.SaveForDemoPractices(new Dictionary<string, StoryDraft> { ["DEM/WINKEL"] = story, ["NOG/NIET"] = story }));
        Assert.Equal(0, store.SaveForDemoPractices(new Dictionary<string, StoryDraft> { ["DEM/WINKEL"] = story }));
        Assert.Equal([story.Title], _install.Lines("SELECT title FROM stories"));

        Assert.Equal(1, Seeder.Remove());

        Assert.Equal(0, _install.Count("stories"));
    }

    [Fact]
    public void Real_stores_cannot_be_hung_under_a_demo_organisation()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);

        var outcome = _install.Import(ImportKind.Winkels, "echt-winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort
            Demo Kringloop;ECH;Echt Centrum;WINKEL;Winkelvloer;winkel
            """);

        var problem = ImportAssert.RefusedAt(outcome, 2, "organisatie");
        Assert.Contains("demosector", problem.ToString());
        Assert.Equal(1, _install.Count("stores"));
    }

    [Fact]
    public void Real_sales_and_trajectories_cannot_be_added_at_a_demo_store()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        var before = _install.Count("sales");

        var outcome = _install.Import(ImportKind.Verkopen, "echt-verkopen.csv", """
            datum;winkel;praktijk;categorie;omzet
            03-02-2024;DEM;WINKEL;huisraad;55,00
            """);

        var problem = ImportAssert.RefusedAt(outcome, 2, "winkel");
        Assert.Contains("demosector", problem.ToString());
        Assert.Equal(before, _install.Count("sales"));
        var investment = _install.Import(ImportKind.Investeringen, "echt-investeringen.csv", """
            winkel;praktijk;jaar;bedrag
            DEM;WINKEL;2025;1.000
            """);
        Assert.Contains("demosector", ImportAssert.RefusedAt(investment, 2, "winkel").ToString());
        Assert.Equal(1, _install.Count("investments"));
    }

    [Fact]
    public void Follow_ups_come_last_in_import_order_after_the_trajectories_they_name()
    {
        File.WriteAllText(_folder.Sub("nametingen.csv"), "deelnemer;winkel;praktijk;startdatum;meetdatum;situatie");
        File.WriteAllText(_folder.Sub("investeringen.csv"), "winkel;praktijk;jaar;bedrag");
        File.WriteAllText(_folder.Sub("deelnemers.csv"), "deelnemer");

        Assert.Equal([ImportKind.Deelnemers, ImportKind.Investeringen, ImportKind.Nametingen], DemoSeeder.FilesIn(_folder.Path).Select(f => f.Kind));
    }

    [Fact]
    public void Removing_the_demo_sector_removes_its_follow_ups_and_their_batch_and_keeps_real_ones()
    {
        WriteDemoFolder();
        Seeder.Seed(_folder.Path);
        ImportAssert.Succeeded(_install.Importer.Import(new ImportRequest(ImportKind.Deelnemers, _install.WriteFile("demo-einde.csv", """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom
            D-1;DEM;WINKEL;nieuwkomer;werkervaring;01-02-2024;31-12-2024;20;betaald_werk
            """)) { IsDemo = true }));
        ImportAssert.Succeeded(_install.Importer.Import(new ImportRequest(ImportKind.Nametingen, _install.WriteFile("demo-nametingen.csv", """
            deelnemer;winkel;praktijk;startdatum;meetdatum;situatie
            D-1;DEM;WINKEL;01-02-2024;30-06-2025;betaald_werk
            """)) { IsDemo = true }));
        _install.ImportOk(ImportKind.Winkels, "echt-winkels.csv", """
            organisatie;winkel;winkelnaam;praktijk;praktijknaam;soort
            Echte Kringloop;ECH;Echt Centrum;WINKEL;Winkelvloer;winkel
            """);
        _install.ImportOk(ImportKind.Deelnemers, "echt-deelnemers.csv", """
            deelnemer;winkel;praktijk;doelgroep;traject;startdatum;einddatum;uren_per_week;uitstroom
            E-1;ECH;WINKEL;nieuwkomer;werkervaring;01-02-2024;31-12-2024;20;opleiding
            """);
        _install.ImportOk(ImportKind.Nametingen, "echt-nametingen.csv", """
            deelnemer;winkel;praktijk;startdatum;meetdatum;situatie
            E-1;ECH;WINKEL;01-02-2024;30-06-2025;opleiding
            """);

        Seeder.Remove();

        Assert.Equal(["2025-06-30|opleiding"], _install.Lines("SELECT follow_up_date, situation FROM follow_ups"));
        Assert.Equal(["nametingen"], _install.Lines("SELECT kind FROM import_batches WHERE kind = 'nametingen'"));
    }

    public void Dispose()
    {
        _install.Dispose();
        _folder.Dispose();
    }
}
