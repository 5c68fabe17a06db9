using System.Globalization;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Reports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;
using Xunit.Abstractions;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>Funder reports of the imported demo sector: every chapter, what they state and what they must not.</summary>
public sealed class FunderReportBuilderTests(ImportedDemoSector demo, ITestOutputHelper output) : IClassFixture<ImportedDemoSector>
{
    private static readonly DateOnly MadeOn = new(2026, 11, 15);

    private readonly IndicatorService _indicators = new(new SnapshotCache(demo.Installation.Database), new SettingsStore(demo.Installation.Database));

    private IReadOnlyList<PracticeInfo> Practices => _indicators.Snapshot.Practices;

    private FunderReportBuilder Builder => new(_indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database),
        new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database));

    private IndicatorFilter Restaurant(Period period) => new(period) { Practices = new HashSet<long> { Practices.Single(p => p.Path == "EHV/REST").Id } };

    [Fact]
    public void Dump()
    {
        var report = Builder.ForPractice(Restaurant(Period.Year(2025)), Language.Dutch, MadeOn);
        output.WriteLine(ReportText.Of(report));
        var org = Builder.ForOrganisation(Practices.Single(p => p.Path == "EHV/REST").OrganisationId, Period.Year(2025), Language.English, MadeOn);
        output.WriteLine("=====");
        output.WriteLine(ReportText.Of(org));
    }
}
