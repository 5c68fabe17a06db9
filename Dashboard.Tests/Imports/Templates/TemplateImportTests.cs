using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Templates;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Templates;

/// <summary>A template imports as it comes into the installation it was made for (docs/importbestanden.md).</summary>
public sealed class TemplateImportTests : IDisposable
{
    private static readonly DateOnly Yesterday = TestInstallation.Today.AddDays(-1);

    private readonly TestInstallation _install = new();

    /// <summary>Practices of <see cref="StandardStores"/> as the download endpoint describes them: one with everything, one without a floor area.</summary>
    public static readonly TheoryData<string> StandardPractices = ["AAN/REST", "BLE/FIETS", "ZWO/TEXT"];

    private static ExamplePractice Standard(string path) => path switch
    {
        "AAN/REST" => new(StandardStores.AanDeMaas, "AAN", "Aan de Maas Centrum", "Venlo", 1250m, "REST", "Restaurant De Pan", "horeca"),
        "BLE/FIETS" => new(StandardStores.AanDeMaas, "BLE", "Aan de Maas Blerick", "Venlo", null, "FIETS", "Fietswerkplaats", "fietsen"),
        "ZWO/TEXT" => new(StandardStores.Zwolle, "ZWO", "Zwolle Noord", "Zwolle", 800m, "TEXT", "Textielatelier", "textiel"),
        _ => throw new ArgumentException(path),
    };

    private const string StoresAndPractices =
        "SELECT o.name, o.is_demo, s.code, s.name, IFNULL(s.city, '-'), IFNULL(s.floor_area_m2, '-'), p.code, p.name, p.kind " +
        "FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id ORDER BY s.code, p.code";

    [Theory]
    [MemberData(nameof(TemplateFile.AllKindsAndFormats), MemberType = typeof(TemplateFile))]
    public void Into_an_empty_installation_after_the_stores_template(ImportKind kind, TemplateFormat format)
    {
        var example = TemplateFile.EmptyInstallation;
        if (kind != ImportKind.Winkels)
        {
            TemplateFile.ImportOk(_install, ImportKind.Winkels, format, example);
        }
        if (kind == ImportKind.Nametingen)
        {
            ImportFollowedTrajectory("VBK", "WINKEL");
        }

        var outcome = TemplateFile.ImportOk(_install, kind, format, example);

        Assert.Equal(1, outcome.Summary!.Added);
        Assert.Equal(["Voorbeeld Kringloop|0|VBK|Voorbeeld Kringloop Centrum|Utrecht|850|WINKEL|Winkelvloer|winkel"], _install.Lines(StoresAndPractices));
        Assert.Equal(Stored(kind), kind switch
        {
            ImportKind.Winkels => [],
            ImportKind.Deelnemers => ["WINKEL|2026-11-01|∅|zonder_werk|27tot50|participatiewet|werkervaring|24|∅|3|∅"],
            ImportKind.Certificaten => ["WINKEL|2026-11-15|branchecertificaat|VCA"],
            ImportKind.Verkopen => ["WINKEL|2026-11-15|kleding_textiel|1250|3|2500|1"],
            ImportKind.Investeringen => ["WINKEL|2026|gemeente|1250000|Subsidie participatie"],
            ImportKind.Nametingen => ["WINKEL|2025-05-01|2026-11-15|betaald_werk"],
        });
    }

    [Theory]
    [MemberData(nameof(StandardPractices))]
    public void The_stores_template_repeats_an_existing_practice_so_that_importing_it_changes_nothing(string practice)
    {
        _install.WithStandardStores();
        var before = _install.Lines(StoresAndPractices);

        foreach (var format in Enum.GetValues<TemplateFormat>())
        {
            var outcome = TemplateFile.ImportOk(_install, ImportKind.Winkels, format, new TemplateExample(TestInstallation.Today, Standard(practice)));

            Assert.Equal((0, 0, 1), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
            Assert.Equal(before, _install.Lines(StoresAndPractices));
        }
    }

    [Theory]
    [MemberData(nameof(StandardPractices))]
    public void Trajectories_certificates_sales_and_investments_refer_to_the_existing_practice(string practice)
    {
        _install.WithStandardStores();
        var example = new TemplateExample(TestInstallation.Today, Standard(practice));

        foreach (var kind in new[] { ImportKind.Deelnemers, ImportKind.Certificaten, ImportKind.Verkopen, ImportKind.Investeringen })
        {
            TemplateFile.ImportOk(_install, kind, TemplateFormat.Xlsx, example);
            Assert.Equal(practice.Split('/')[1], Assert.Single(Stored(kind)).Split('|')[0]);
        }
        Assert.Equal(5, _install.Count("practices"));
    }

    [Theory]
    [InlineData(TemplateFormat.Csv)]
    [InlineData(TemplateFormat.Xlsx)]
    public void The_sale_of_today_does_not_overlap_sales_stored_up_to_yesterday(TemplateFormat format)
    {
        _install.WithStandardStores();
        var example = new TemplateExample(TestInstallation.Today, Standard("ZWO/TEXT"));
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "november.csv",
            SaleRow.File(SaleRow.Days("ZWO", "TEXT", new DateOnly(2026, 10, 1), Yesterday))));

        var outcome = TemplateFile.ImportOk(_install, ImportKind.Verkopen, format, example);

        Assert.Equal(new SalesRange("ZWO", "TEXT", TestInstallation.Today, TestInstallation.Today, 1, 0), Assert.Single(outcome.Summary!.SalesRanges));
    }

    [Fact]
    public void The_sale_is_dated_today_so_sales_stored_for_today_would_overlap_it()
    {
        _install.WithStandardStores();
        ImportAssert.Succeeded(_install.Import(ImportKind.Verkopen, "vandaag.csv",
            SaleRow.File(SaleRow.Days("ZWO", "TEXT", TestInstallation.Today, TestInstallation.Today))));

        var outcome = _install.Import(ImportKind.Verkopen,
            TemplateFile.Write(_install, ImportKind.Verkopen, TemplateFormat.Csv, new TemplateExample(TestInstallation.Today, Standard("ZWO/TEXT"))));

        Assert.Equal("overlapt opgeslagen verkopen", ImportAssert.RefusedFor(outcome).Kind);
    }

    [Theory]
    [InlineData(ImportKind.Winkels)]
    [InlineData(ImportKind.Deelnemers)]
    [InlineData(ImportKind.Certificaten)]
    [InlineData(ImportKind.Investeringen)]
    [InlineData(ImportKind.Nametingen)]
    public void The_csv_and_the_workbook_say_the_same(ImportKind kind)
    {
        _install.WithStandardStores();
        if (kind == ImportKind.Nametingen)
        {
            ImportFollowedTrajectory("AAN", "REST");
        }
        var example = new TemplateExample(TestInstallation.Today, Standard("AAN/REST"));
        TemplateFile.ImportOk(_install, kind, TemplateFormat.Csv, example);
        var before = _install.Lines(StoresAndPractices).Concat(Stored(kind)).ToList();

        var outcome = TemplateFile.ImportOk(_install, kind, TemplateFormat.Xlsx, example);

        Assert.Equal((0, 0, 1), (outcome.Summary!.Added, outcome.Summary.Updated, outcome.Summary.Unchanged));
        Assert.Equal(before, _install.Lines(StoresAndPractices).Concat(Stored(kind)));
    }

    [Theory]
    [InlineData(TemplateFormat.Csv)]
    [InlineData(TemplateFormat.Xlsx)]
    public void Under_a_demo_organisation_the_stores_template_makes_the_fictional_store_as_real_rows_there_are_refused(TemplateFormat format)
    {
        ImportAssert.Succeeded(_install.Importer.Import(
            new ImportRequest(ImportKind.Winkels, _install.WriteFile("demo.csv", StandardStores.File)) { IsDemo = true }));
        var demo = Standard("AAN/REST") with { IsDemo = true };
        var example = TemplateExample.For(TestInstallation.Today, [demo]);

        TemplateFile.ImportOk(_install, ImportKind.Winkels, format, example);
        TemplateFile.ImportOk(_install, ImportKind.Deelnemers, format, example);

        Assert.Contains("Voorbeeld Kringloop|0|VBK|Voorbeeld Kringloop Centrum|Utrecht|850|WINKEL|Winkelvloer|winkel", _install.Lines(StoresAndPractices));
        // The trajectory goes to the fictional store too: a demo store refuses real rows, which removing the demo would take along.
        Assert.Equal("WINKEL", Assert.Single(Stored(ImportKind.Deelnemers)).Split('|')[0]);
        Assert.Equal("VBK", _install.Query<string>("SELECT s.code FROM trajectories t JOIN practices p ON p.id = t.practice_id JOIN stores s ON s.id = p.store_id"));
    }

    /// <summary>
    /// The trajectory the follow-ups template's example names: VOORBEELD-001's, started on the first of the month a year and
    /// a half before <see cref="TestInstallation.Today"/> and ended half a year before it.
    /// </summary>
    private void ImportFollowedTrajectory(string store, string practice) =>
        _install.ImportOk(ImportKind.Deelnemers, "gevolgd.csv", TrajectoryRow.File(
            new TrajectoryRow { Participant = "VOORBEELD-001", Store = store, Practice = practice, Start = "01-05-2025" }.Ended("15-05-2026")));

    [Theory]
    [InlineData(TemplateFormat.Csv)]
    [InlineData(TemplateFormat.Xlsx)]
    public void The_follow_up_is_refused_until_the_trajectory_it_names_is_stored_and_ended(TemplateFormat format)
    {
        _install.WithStandardStores();
        var example = new TemplateExample(TestInstallation.Today, Standard("ZWO/TEXT"));
        var path = TemplateFile.Write(_install, ImportKind.Nametingen, format, example);

        var missing = ImportAssert.RefusedAt(_install.Import(ImportKind.Nametingen, path), 2, "startdatum");
        _install.ImportOk(ImportKind.Deelnemers, "lopend.csv", TrajectoryRow.File(
            new TrajectoryRow { Participant = "VOORBEELD-001", Store = "ZWO", Practice = "TEXT", Start = "01-05-2025" }));
        var running = ImportAssert.RefusedAt(_install.Import(ImportKind.Nametingen, path), 2, "startdatum");
        ImportFollowedTrajectory("ZWO", "TEXT");

        Assert.Equal("er is geen traject van deelnemer VOORBEELD-001 bij winkel ZWO, praktijk TEXT met startdatum 01-05-2025", missing.Message);
        Assert.Equal("traject loopt nog", running.Kind);
        Assert.Equal(1, TemplateFile.ImportOk(_install, ImportKind.Nametingen, format, example).Summary!.Added);
        Assert.Equal(["TEXT|2025-05-01|2026-11-15|betaald_werk"], Stored(ImportKind.Nametingen));
    }

    /// <summary>The stored rows of a kind other than stores, with the practice they are at first.</summary>
    private List<string> Stored(ImportKind kind) => kind switch
    {
        ImportKind.Winkels => [],
        ImportKind.Deelnemers => _install.Lines(
            "SELECT p.code, t.start_date, t.end_date, t.target_group, t.age_group, t.scheme, t.trajectory_type, t.hours_per_week, t.outcome, " +
            "t.ladder_start, t.ladder_end FROM trajectories t JOIN practices p ON p.id = t.practice_id"),
        ImportKind.Certificaten => _install.Lines(
            "SELECT p.code, c.certificate_date, c.kind, c.name FROM certificates c JOIN practices p ON p.id = c.practice_id"),
        ImportKind.Verkopen => _install.Lines(
            "SELECT p.code, s.sale_date, s.category, s.revenue_cents, s.items, s.weight_g, s.transactions " +
            "FROM sales s JOIN practices p ON p.id = s.practice_id WHERE s.sale_date = '2026-11-15'"),
        ImportKind.Investeringen => _install.Lines(
            "SELECT p.code, i.year, i.funder, i.amount_cents, i.description FROM investments i JOIN practices p ON p.id = i.practice_id"),
        ImportKind.Nametingen => _install.Lines(
            "SELECT p.code, t.start_date, f.follow_up_date, f.situation FROM follow_ups f JOIN trajectories t ON t.id = f.trajectory_id " +
            "JOIN practices p ON p.id = f.practice_id"),
    };

    public void Dispose() => _install.Dispose();
}
