using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports.Factsheets;

/// <summary>
/// An organisation's factsheet marks its annotations on its trend chart (docs/weergave-en-export.md#gebeurtenissen), and writes them
/// under the chart as text a reader can search and copy; another organisation's stay off it.
/// </summary>
public sealed class FactsheetAnnotationTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    private readonly IndicatorService _indicators = new(new SnapshotCache(demo.Installation.Database), new SettingsStore(demo.Installation.Database));

    private PracticeInfo First(string organisation) => _indicators.Snapshot.Practices.First(p => p.OrganisationName == organisation);

    [Fact]
    public void The_organisation_factsheet_has_its_own_annotations_on_the_chart_and_under_it()
    {
        var maas = First("Kringloop Aan de Maas");
        var other = _indicators.Snapshot.Practices.First(p => p.OrganisationId != maas.OrganisationId);
        IReadOnlyList<Annotation> annotations =
        [
            new(1, maas.OrganisationId, maas.Id, new DateOnly(2025, 3, 2), "Nieuwe fietswerkplaats geopend", "beheerder", DateTimeOffset.UnixEpoch),
            new(2, other.OrganisationId, null, new DateOnly(2025, 5, 11), "Extra instroom via gemeente", "beheerder", DateTimeOffset.UnixEpoch),
            new(3, maas.OrganisationId, null, new DateOnly(2024, 12, 31), "Jaarafsluiting", "beheerder", DateTimeOffset.UnixEpoch),
        ];

        var factsheet = FactsheetBuilder.ForOrganisation(_indicators, new TargetStore(demo.Installation.Database), annotations, maas.OrganisationId,
            Period.Year(2025), ViewerProfile.Protected, Language.Dutch, new DateOnly(2026, 11, 15));
        var pdf = FactsheetPdf.Write(factsheet, ChartExport.Png(factsheet.Chart, ChartSize.Print, Language.Dutch), Language.Dutch);
        if (Environment.GetEnvironmentVariable("CHART_PREVIEW") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "factsheet-annotation.pdf"), pdf);
        }
        var text = PdfText.Of(pdf);

        Assert.Equal(["mrt 2025"], factsheet.Chart.Marks.Select(m => m.Category));
        Assert.Contains("Gebeurtenissen: 2 mrt 2025: Nieuwe fietswerkplaats geopend", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Extra instroom", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jaarafsluiting", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_annotations_the_factsheet_says_nothing_about_them()
    {
        var maas = First("Kringloop Aan de Maas");
        var factsheet = FactsheetBuilder.ForOrganisation(_indicators, new TargetStore(demo.Installation.Database), [], maas.OrganisationId,
            Period.Year(2025), ViewerProfile.Protected, Language.English, new DateOnly(2026, 11, 15));

        var text = PdfText.Of(FactsheetPdf.Write(factsheet, ChartExport.Png(factsheet.Chart, ChartSize.Print, Language.English), Language.English));

        Assert.Empty(factsheet.Chart.Marks);
        Assert.DoesNotContain("Events:", text, StringComparison.Ordinal);
    }
}
