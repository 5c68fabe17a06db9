using Dashboard.Data.Annotations;
using Dashboard.Data.Exports.Reports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Stories;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>The funder reports of the imported demo sector, made on 15 November 2026: the builder, and Restaurant Het Vervolg (EHV/REST) as a filter.</summary>
internal sealed class DemoReports(ImportedDemoSector demo)
{
    public static readonly DateOnly MadeOn = new(2026, 11, 15);

    public IndicatorService Indicators { get; } = new(new SnapshotCache(demo.Installation.Database), new SettingsStore(demo.Installation.Database));

    public IReadOnlyList<PracticeInfo> Practices => Indicators.Snapshot.Practices;

    public PracticeInfo HetVervolg => Practices.Single(p => p.Path == "EHV/REST");

    public FunderReportBuilder Builder => new(Indicators, new TargetStore(demo.Installation.Database), new TheoryOfChangeStore(demo.Installation.Database),
        new AnnotationStore(demo.Installation.Database), new StoryStore(demo.Installation.Database));

    public IndicatorFilter Restaurant(Period period) => new(period) { Practices = new HashSet<long> { HetVervolg.Id } };
}
