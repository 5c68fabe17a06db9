using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Figures.Views;

/// <summary>
/// What Goede praktijk shows for one practice or one practice kind (docs/weergave-en-export.md#goede-praktijk): its theory of change beside
/// the live figures for the two questions, the funnel inflow → active → outflow → paid work, breakdowns by
/// target group, age group, trajectory type and outcome, monthly trends with the annotations the filter includes, and its social value
/// (docs/maatschappelijke-waarde.md#wat-u-ziet). <see cref="Participants"/> (P1) is the reach the factsheet opens with.
/// </summary>
public sealed record PracticeView(
    string Title,
    string Subtitle,
    PracticeTheoryOfChange Theory,
    bool TheoryIsExample,
    KpiFigure Participants,
    IReadOnlyList<KpiFigure> RightThings,
    IReadOnlyList<KpiFigure> ThingsRight,
    ChartDescription Funnel,
    IReadOnlyList<ChartDescription> Breakdowns,
    IReadOnlyList<ChartDescription> Trends,
    SocialValueView SocialValue,
    int SmallCellK)
{
    /// <summary>Every chart in the order the page shows them — the order of the export keys in <c>ExportViews.Charts</c>.</summary>
    public IReadOnlyList<ChartDescription> Charts => [Funnel, .. Trends, .. Breakdowns, .. SocialValue.Charts];

    /// <summary>The practice or kind a filter is about: exactly one practice in scope, or practices of one kind; else null.</summary>
    public static (PracticeInfo? Practice, string? Kind)? SubjectOf(IndicatorFilter filter, SectorSnapshot snapshot)
    {
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        if (inScope.Count == 1)
        {
            return (inScope[0], null);
        }
        var kinds = inScope.Select(p => p.Kind).Distinct().ToList();
        return kinds.Count == 1 ? (null, kinds[0]) : null;
    }

    public static PracticeView Build(IndicatorService indicators, IReadOnlyList<Target> targets, IReadOnlyList<Annotation> annotations, TheoryOfChangeStore theories,
        IndicatorFilter filter, ViewerProfile profile, CultureInfo culture, DateOnly? exportedOn)
    {
        var snapshot = indicators.Snapshot;
        var subject = SubjectOf(filter, snapshot) ?? throw new ArgumentException("the filter is not about one practice or one practice kind", nameof(filter));
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        var words = FilterText.Describe(filter, snapshot.Practices, culture);
        var text = new ChartText(words, SourceLine.For(filter, snapshot.Practices, snapshot.LastDataDay, exportedOn, culture), culture);

        var (title, subtitle, theory, example) = subject switch
        {
            ({ } practice, _) => TitleOf(practice, theories, culture),
            (_, { } kind) => (CodeLabels.Label(Codes.PracticeKinds, kind, culture),
                FigureTexts.Format("View.PracticesOfKind", culture, inScope.Count),
                TheoryOfChangeDefaults.For(KindAsPractice(kind, culture)), true),
            _ => throw new InvalidOperationException(),
        };

        var compared = indicators.Compare(filter, null, profile);
        var table = compared.Current;
        KpiFigure Kpi(IndicatorCode code) => KpiFigure.OfTotal(compared, code, inScope, targets, words, snapshot.Practices, culture);

        ChartDescription By(Dimension dimension, IndicatorCode code, CodeList codes) =>
            ChartDescriptions.Breakdown(indicators.Calculate(filter, dimension, profile), code, text, null,
                g => CodeLabels.Label(codes, g.Key, culture)) with
            {
                Title = FigureTexts.Format("Chart.ByDimension", culture, IndicatorCatalogue.Get(code).Name(culture), FigureTexts.Get($"Dimension.{dimension}", culture)),
            };

        var months = indicators.Calculate(filter, Dimension.Month, profile);
        var monthsLastYear = indicators.Calculate(filter.WithPeriod(filter.Period.LastYear()), Dimension.Month, profile);
        return new PracticeView(title, subtitle, theory, example,
            Kpi(IndicatorCode.P1),
            ImpactQuestions.RightThings.Select(Kpi).ToList(),
            ImpactQuestions.ThingsRight.Select(Kpi).ToList(),
            ChartDescriptions.Funnel(table.Total, text),
            [
                By(Dimension.TargetGroup, IndicatorCode.P1, Codes.TargetGroups),
                By(Dimension.AgeGroup, IndicatorCode.P1, Codes.AgeGroups),
                By(Dimension.TrajectoryType, IndicatorCode.P1, Codes.TrajectoryTypes),
                By(Dimension.Outcome, IndicatorCode.P3, Codes.Outcomes),
            ],
            [
                ChartMarks.On(ChartDescriptions.Breakdown(months, IndicatorCode.P1, text, monthsLastYear), months.Groups, annotations, filter, snapshot.Practices),
                ChartMarks.On(ChartDescriptions.Breakdown(months, IndicatorCode.P8, text, monthsLastYear), months.Groups, annotations, filter, snapshot.Practices),
            ],
            SocialValueView.Build(indicators, compared, Kpi, profile, text),
            table.Settings.SmallCellK);
    }

    private static (string, string, PracticeTheoryOfChange, bool) TitleOf(PracticeInfo practice, TheoryOfChangeStore theories, CultureInfo culture)
    {
        var stored = theories.Get(practice.Id);
        var subtitle = $"{Ellipsis.Name(practice.StoreName)} · {Ellipsis.Name(practice.OrganisationName)} · {CodeLabels.Label(Codes.PracticeKinds, practice.Kind, culture)}";
        return (Ellipsis.Name(practice.Name), subtitle, stored ?? TheoryOfChangeDefaults.For(practice), stored is null);
    }

    /// <summary>A stand-in practice so that a kind gets the example theory of change written for its kind.</summary>
    private static PracticeInfo KindAsPractice(string kind, CultureInfo culture)
    {
        var label = CodeLabels.Label(Codes.PracticeKinds, kind, culture);
        return new PracticeInfo(0, kind, label, kind, 0, "", FigureTexts.Get("View.SelectedStores", culture), null, null, 0, "");
    }
}
