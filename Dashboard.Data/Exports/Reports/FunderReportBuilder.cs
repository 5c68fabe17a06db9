using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Exports.Factsheets;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;
using Dashboard.Data.Stories;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// Builds the <see cref="FunderReport"/> of one good practice (or practice kind) or one organisation over a period
/// (docs/funderrapport.md), from the views the pages show and the factsheet's sentences, always protected: a report is
/// for publishing. Every chapter appears whatever is hidden, saying what is not there and why: cover, summary, impact
/// goal and theory of change, key figures with lasting work beside outflow, the trend and funnel charts with their events,
/// the social value, the position in the sector, at most <see cref="MostStories"/> stories and the appendix with the
/// definitions, assumptions and sources.
/// </summary>
public sealed class FunderReportBuilder(IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories, AnnotationStore annotations,
    StoryStore stories)
{
    public const int MostStories = 3;

    /// <summary>The most theories of change a report of several practices describes; the rest are counted.</summary>
    public const int MostTheories = 8;

    private const ViewerProfile Profile = ViewerProfile.Protected;

    /// <summary>The report of the practice or practice kind <paramref name="filter"/> is about (as <see cref="PracticeView.SubjectOf"/> decides).</summary>
    public FunderReport ForPractice(IndicatorFilter filter, CultureInfo culture, DateOnly madeOn)
    {
        var snapshot = indicators.Snapshot;
        var view = PracticeView.Build(indicators, targets.List(filter.Period.From.Year), annotations.All(), theories, filter, Profile, culture, madeOn);
        var factsheet = FactsheetBuilder.ForPractice(indicators, targets, theories, filter, Profile, culture, madeOn);
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        var practice = PracticeView.SubjectOf(filter, snapshot)?.Practice;
        var sector = FactsheetBuilder.SectorSubjectOf(filter, snapshot, culture);
        return Assemble(new Subject(view.Title, view.Subtitle, filter, inScope, practice is null ? null : view.Theory, practice is not null && view.TheoryIsExample),
            factsheet, [.. view.Trends, view.Funnel], view.SocialValue, sector, view.SmallCellK, culture, madeOn);
    }

    /// <summary>The report of one organisation: all its practices, with its participants per month per practice kind.</summary>
    public FunderReport ForOrganisation(long organisationId, Period period, CultureInfo culture, DateOnly madeOn)
    {
        var snapshot = indicators.Snapshot;
        var filter = new IndicatorFilter(period) { Organisations = new HashSet<long> { organisationId } };
        var events = annotations.All();
        var view = OverviewView.Build(indicators, targets.List(period.From.Year), events, filter, Profile, IndicatorCode.P1, culture, madeOn);
        var factsheet = FactsheetBuilder.ForOrganisation(indicators, targets, events, organisationId, period, Profile, culture, madeOn);
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        var text = new ChartText(view.FilterText, view.Trend.SourceLine, culture);
        var funnel = ChartDescriptions.Funnel(indicators.Calculate(filter, null, Profile).Total, text);
        return Assemble(new Subject(factsheet.Title, factsheet.Subtitle, filter, inScope, null, false),
            factsheet, [view.Trend, funnel], view.SocialValue, (organisationId, null, factsheet.Title), view.SmallCellK, culture, madeOn);
    }

    /// <summary>What the report is about: its title and subtitle, the filter, the practices in it, and the one practice's own theory of change.</summary>
    private sealed record Subject(string Title, string Subtitle, IndicatorFilter Filter, IReadOnlyList<PracticeInfo> Practices,
        PracticeTheoryOfChange? Theory, bool TheoryIsExample);

    private FunderReport Assemble(Subject subject, Factsheet factsheet, IReadOnlyList<ChartDescription> charts, SocialValueView socialValue,
        (long Organisation, string? Kind, string Name)? sector, int smallCellK, CultureInfo culture, DateOnly madeOn)
    {
        string T(string key) => ReportTexts.Get(key, culture);
        var filter = subject.Filter;
        var blocks = new List<ReportBlock>();
        var shown = new HashSet<IndicatorCode>();

        blocks.Add(Cover(subject, culture, madeOn));

        blocks.Add(new ReportHeading(1, T("Summary")));
        blocks.AddRange(factsheet.Sentences.Count == 0
            ? [new ReportParagraph(T("Summary.None"))]
            : factsheet.Sentences.Select(s => new ReportParagraph(s)));

        blocks.Add(new ReportHeading(1, T("Theory")));
        blocks.AddRange(Theories(subject, culture));

        blocks.Add(new ReportHeading(1, T("KeyFigures")));
        blocks.Add(new ReportParagraph(T("KeyFigures.Lead")));
        var compared = indicators.Compare(filter, null, Profile);
        var words = FilterText.Describe(filter, indicators.Snapshot.Practices, culture);
        var targetList = targets.List(filter.Period.From.Year);
        KpiFigure Kpi(IndicatorCode code) => KpiFigure.OfTotal(compared, code, subject.Practices, targetList, words, indicators.Snapshot.Practices, culture);
        (string Question, IReadOnlyList<IndicatorCode> Codes)[] questions =
        [
            (ImpactQuestions.RightThingsQuestion(culture), [IndicatorCode.P1, .. ImpactQuestions.RightThings]),
            (ImpactQuestions.ThingsRightQuestion(culture),
                [.. ImpactQuestions.ThingsRight, .. OverviewView.KeyFigures.Where(c => c != IndicatorCode.P1 && !ImpactQuestions.RightThings.Contains(c) && !ImpactQuestions.ThingsRight.Contains(c))]),
        ];
        foreach (var (question, codes) in questions)
        {
            var kpis = codes.Select(Kpi).Where(Reported).ToList();
            shown.UnionWith(kpis.Select(k => k.Figure.Code));
            blocks.Add(new ReportHeading(2, question));
            blocks.Add(KeyFigures(kpis, filter.Period, smallCellK, culture));
        }
        blocks.Add(new ReportParagraph(ReportTexts.Format("KeyFigures.Hidden", culture, smallCellK), ReportTone.Note));

        blocks.Add(new ReportHeading(1, T("Charts")));
        blocks.Add(new ReportParagraph(T("Charts.Lead")));
        foreach (var chart in charts)
        {
            shown.Add(chart.Indicator);
            blocks.AddRange(Chart(chart, culture));
        }

        blocks.Add(new ReportHeading(1, T("SocialValue")));
        blocks.AddRange(SocialValue(socialValue, filter, smallCellK, culture));
        if (socialValue.Applies)
        {
            shown.UnionWith([IndicatorCode.W1, IndicatorCode.W2, IndicatorCode.W3]);
        }

        blocks.Add(new ReportHeading(1, T("Sector")));
        blocks.AddRange(Sector(sector, filter.Period, culture));

        blocks.Add(new ReportHeading(1, T("Stories")));
        var (told, storyIds) = Stories(subject.Practices, culture);
        blocks.AddRange(told);

        blocks.Add(new ReportPageBreak());
        blocks.Add(new ReportHeading(1, T("Appendix")));
        blocks.AddRange(Appendix(shown, socialValue, factsheet.SourceLine, culture));

        var title = ReportTexts.Format("Title", culture, subject.Title, FilterText.Describe(filter.Period, culture));
        return new FunderReport(title, subject.Subtitle, culture, blocks) { StoryIds = storyIds };
    }

    private ReportCover Cover(Subject subject, CultureInfo culture, DateOnly madeOn)
    {
        var lines = new List<string> { ReportTexts.Format("Cover.Period", culture, FilterText.Describe(subject.Filter.Period, culture)) };
        if (FilterText.Participants(subject.Filter, culture) is { Count: > 0 } narrowed)
        {
            lines.Add(ReportTexts.Format("Cover.Narrowed", culture, string.Join(" · ", narrowed)));
        }
        lines.Add(indicators.Snapshot.LastDataDay is { } day
            ? ReportTexts.Format("Cover.DataUntil", culture, Day(day, culture))
            : ReportTexts.Get("Cover.NoData", culture));
        lines.Add(ReportTexts.Format("Cover.Made", culture, Day(madeOn, culture)));
        lines.Add(ReportTexts.Get("Cover.Protected", culture));
        return new ReportCover(ReportTexts.Get("Kicker", culture), subject.Title, subject.Subtitle, lines);
    }

    /// <summary>
    /// The one practice's own theory of change in full; for several practices the impact goal of each that has one. An example written by the product is never presented as the organisation's: it is named as not yet recorded.
    /// </summary>
    private IEnumerable<ReportBlock> Theories(Subject subject, CultureInfo culture)
    {
        if (subject.Theory is { } own)
        {
            return subject.TheoryIsExample
                ? [new ReportParagraph(ReportTexts.Format("Theory.NotSet", culture, subject.Title), ReportTone.Note)]
                : Theory(own, culture);
        }
        var stored = subject.Practices.Select(p => (Practice: p, Theory: theories.Get(p.Id))).ToList();
        var blocks = new List<ReportBlock>();
        foreach (var (practice, theory) in stored.Where(s => s.Theory is not null).Take(MostTheories))
        {
            blocks.Add(new ReportHeading(2, $"{Ellipsis.Name(practice.Name)} ({Ellipsis.Name(practice.StoreName)})"));
            blocks.Add(new ReportParagraph(theory!.ImpactGoal));
        }
        var described = stored.Count(s => s.Theory is not null);
        if (described > MostTheories)
        {
            blocks.Add(new ReportParagraph(ReportTexts.Format("Theory.More", culture, described - MostTheories, MostTheories), ReportTone.Note));
        }
        var without = stored.Where(s => s.Theory is null).Select(s => Ellipsis.Name(s.Practice.Name)).ToList();
        if (without.Count > 0)
        {
            blocks.Add(new ReportParagraph(ReportTexts.Format("Theory.NotSetFor", culture, string.Join(", ", without)), ReportTone.Note));
        }
        return blocks;
    }

    private static IEnumerable<ReportBlock> Theory(PracticeTheoryOfChange theory, CultureInfo culture)
    {
        string T(string key) => ReportTexts.Get(key, culture);
        string Measured(LinkedStatement statement) => statement.Indicators.Count == 0
            ? statement.Text
            : $"{statement.Text} ({ReportTexts.Format("Theory.MeasuredBy", culture, string.Join(", ", statement.Indicators.Select(c => IndicatorCatalogue.Get(c).Name(culture))))})";

        yield return new ReportHeading(2, T("Theory.ImpactGoal"));
        yield return new ReportParagraph(theory.ImpactGoal);
        if (theory.TargetGroups.Count > 0)
        {
            yield return new ReportHeading(2, T("Theory.TargetGroups"));
            yield return new ReportBullets(theory.TargetGroups.Select(g => CodeLabels.Label(Codes.TargetGroups, g, culture)).ToList());
        }
        if (theory.Activities.Count > 0)
        {
            yield return new ReportHeading(2, T("Theory.Activities"));
            yield return new ReportBullets(theory.Activities);
        }
        if (theory.Outputs.Count > 0)
        {
            yield return new ReportHeading(2, T("Theory.Outputs"));
            yield return new ReportBullets(theory.Outputs.Select(Measured).ToList());
        }
        if (theory.Outcomes.Count > 0)
        {
            yield return new ReportHeading(2, T("Theory.Outcomes"));
            yield return new ReportBullets(theory.Outcomes.Select(Measured).ToList());
        }
        if (theory.Impact.Length > 0)
        {
            yield return new ReportHeading(2, T("Theory.Impact"));
            yield return new ReportParagraph(theory.Impact);
        }
        if (theory.Stakeholders.Count > 0)
        {
            yield return new ReportHeading(2, T("Theory.Stakeholders"));
            yield return new ReportTable([T("Theory.Stakeholder"), T("Theory.Contributes"), T("Theory.Gains")],
                theory.Stakeholders.Select(s => (IReadOnlyList<string>)[s.Name, s.Contributes, s.Gains]).ToList(), [false, false, false], [1, 2, 2]);
        }
    }

    /// <summary>
    /// Whether a key figure has something to say: not one that does not apply here, nor one that is nothing this year and
    /// was nothing last year (the weight a restaurant reused). A hidden figure is reported — as hidden.
    /// </summary>
    private static bool Reported(KpiFigure kpi) => kpi.Figure.Status != FigureStatus.NotApplicable
        && !(kpi.Figure is { Status: FigureStatus.Ok, Value: 0m } && kpi.ChangeFromLastYear is { Status: FigureStatus.Ok, Absolute: 0m });

    /// <summary>Indicator, value, change against last year and target attainment, as the cards show them — protected.</summary>
    private static ReportTable KeyFigures(IReadOnlyList<KpiFigure> kpis, Period period, int smallCellK, CultureInfo culture)
    {
        string T(string key) => ReportTexts.Get(key, culture);
        var against = period.IsCalendarYear ? (period.From.Year - 1).ToString(CultureInfo.InvariantCulture) : T("KeyFigures.LastYear");
        var rows = kpis.Select(k => (IReadOnlyList<string>)
        [
            k.Figure.Indicator.Name(culture),
            FigureFormat.Value(k.Figure, smallCellK, culture),
            FigureFormat.Change(k.Figure.Code, k.ChangeFromLastYear, culture),
            Target(k, culture),
        ]).ToList();
        return new ReportTable([T("KeyFigures.Indicator"), T("KeyFigures.Value"), ReportTexts.Format("KeyFigures.Change", culture, against), T("KeyFigures.Target")],
            rows, [false, true, true, true], [5, 2, 2, 2.4]);
    }

    private static string Target(KpiFigure kpi, CultureInfo culture) => kpi.Attainment switch
    {
        null => ReportTexts.Get("Target.None", culture),
        { Status: FigureStatus.Hidden } => ReportTexts.Get("Target.Hidden", culture),
        { Achieved: true, Percent: null } => ReportTexts.Get("Target.Achieved", culture),
        { Percent: { } percent } attainment => ReportTexts.Format("Target.Percent", culture, percent.ToString("N0", culture),
            FigureFormat.Number(kpi.Figure.Code, attainment.Target, culture)),
        _ => ReportTexts.Get("Target.None", culture),
    };

    /// <summary>A chart at print size with its events and, where it has gaps, what they mean.</summary>
    private static IEnumerable<ReportBlock> Chart(ChartDescription chart, CultureInfo culture)
    {
        yield return new ReportHeading(2, chart.Title);
        yield return new ReportPicture(ChartExport.Png(chart, ChartSize.Print, culture), ChartSize.Print.Width, ChartSize.Print.Height,
            $"{chart.Title}. {chart.Subtitle}");
        if (chart.Marks.Count > 0)
        {
            var more = chart.MarksLeftOut > 0 ? ReportTexts.Format("Charts.MarksLeftOut", culture, chart.MarksLeftOut) : "";
            yield return new ReportParagraph(ReportTexts.Format("Charts.Marks", culture, string.Join("; ", chart.Marks.Select(m => ChartMarks.Describe(m, culture)))) + more,
                ReportTone.Note);
        }
        if (chart.HasHiddenValues)
        {
            yield return new ReportParagraph(ReportTexts.Get("Charts.Hidden", culture), ReportTone.Note);
        }
    }

    /// <summary>The return in one sentence (or why not), W1–W3, the waterfall and the value map's rows — or why there is no social value here.</summary>
    private static IEnumerable<ReportBlock> SocialValue(SocialValueView view, IndicatorFilter filter, int smallCellK, CultureInfo culture)
    {
        string T(string key) => ReportTexts.Get(key, culture);
        if (!view.Applies)
        {
            yield return new ReportParagraph(ReportTexts.Format("SocialValue.NotApplicable", culture, string.Join(" · ", FilterText.Participants(filter, culture))));
            yield break;
        }
        var label = SocialValueView.Label(view.ExampleValues, culture);
        yield return new ReportParagraph(view.ReturnSentence ?? ReportTexts.Format("SocialValue.NoReturn", culture, FigureFormat.Word(view.Return.Figure.Status, culture)));
        yield return new ReportParagraph(char.ToUpper(label[0], culture) + label[1..] + ".", ReportTone.Note);
        yield return new ReportTable([T("SocialValue.Figure"), T("KeyFigures.Value")],
            new[] { view.Value, view.Investment, view.Return }
                .Select(k => (IReadOnlyList<string>)[k.Figure.Indicator.Name(culture), FigureFormat.Value(k.Figure, smallCellK, culture)]).ToList(),
            [false, true], [5, 2]);
        foreach (var block in Chart(view.Waterfall, culture))
        {
            yield return block;
        }
        yield return new ReportHeading(2, T("SocialValue.Rows"));
        if (view.Rows.Count == 0)
        {
            yield return new ReportParagraph(T("SocialValue.NoRows"), ReportTone.Note);
            yield break;
        }
        string Column(string key) => ExportTexts.Get("ValueMap.Column." + key, culture);
        var hidden = FigureFormat.Word(FigureStatus.Hidden, culture);
        yield return new ReportTable(
            [Column("Stakeholder"), Column("Outcome"), Column("Quantity"), Column("Proxy"), Column("PresentValue")],
            view.Rows.Select(r => (IReadOnlyList<string>)
            [
                r.Row.Stakeholder,
                r.Row.Outcome,
                r.Value is { } v ? $"{Quantity(v.Quantity, culture)} ({IndicatorCatalogue.Get(r.Row.Indicator).Name(culture)})" : hidden,
                Euros(r.Row.ProxyEur, culture),
                r.Value is { } present ? Euros(present.PresentValue, culture) : hidden,
            ]).ToList(),
            [false, false, true, true, true], [2.3, 3, 2.8, 1.5, 1.7]);
        yield return new ReportParagraph(T("SocialValue.Method"), ReportTone.Note);
    }

    /// <summary>Where outflow to paid work stands among the organisations taking part, or why there is no comparison.</summary>
    private IEnumerable<ReportBlock> Sector((long Organisation, string? Kind, string Name)? subject, Period period, CultureInfo culture)
    {
        if (subject is not { } about)
        {
            yield return new ReportParagraph(ReportTexts.Get("Sector.NotThisSubject", culture));
            yield break;
        }
        var position = new SectorComparisons(indicators).Position(about.Organisation, IndicatorCode.P4R, period, about.Kind, Profile);
        yield return new ReportParagraph(Sentence(SectorWords.Sentence(position, about.Name, culture)));
        if (SectorWords.Distribution(position, culture) is { } distribution)
        {
            yield return new ReportParagraph(Sentence(distribution));
        }
    }

    /// <summary>The newest stories of the practices, at most <see cref="MostStories"/>, each with its practice, month and the outcomes it illustrates.</summary>
    private (IReadOnlyList<ReportBlock> Blocks, IReadOnlySet<long> Ids) Stories(IReadOnlyList<PracticeInfo> practices, CultureInfo culture)
    {
        var names = practices.ToDictionary(p => p.Id, p => Ellipsis.Name(p.Name));
        var (newest, _) = stories.ForPractices(names.Keys, MostStories);
        if (newest.Count == 0)
        {
            return ([new ReportParagraph(ReportTexts.Get("Stories.None", culture), ReportTone.Note)], new HashSet<long>());
        }
        var blocks = new List<ReportBlock> { new ReportParagraph(ReportTexts.Get("Stories.Lead", culture)) };
        foreach (var story in newest)
        {
            blocks.Add(new ReportHeading(2, story.Title));
            blocks.Add(new ReportParagraph(story.Text));
            if (story.Quote is { Length: > 0 } quote)
            {
                blocks.Add(new ReportParagraph(quote, ReportTone.Quote));
            }
            var month = story.Date.ToString("MMMM yyyy", culture);
            blocks.Add(new ReportParagraph(story.Outcomes.Count == 0
                ? ReportTexts.Format("Stories.AboutNoOutcome", culture, names[story.PracticeId], month)
                : ReportTexts.Format("Stories.About", culture, names[story.PracticeId], month,
                    string.Join(", ", story.Outcomes.Select(c => IndicatorCatalogue.Get(c).Name(culture)))), ReportTone.Note));
        }
        return (blocks, newest.Select(s => s.Id).ToHashSet());
    }

    /// <summary>The definitions of every figure the report shows, the settings and assumptions they rest on, the value map's assumptions and the source.</summary>
    private IEnumerable<ReportBlock> Appendix(IReadOnlySet<IndicatorCode> shown, SocialValueView socialValue, string sourceLine, CultureInfo culture)
    {
        string T(string key) => ReportTexts.Get(key, culture);
        yield return new ReportHeading(2, T("Appendix.Definitions"));
        yield return new ReportTable([T("KeyFigures.Indicator"), T("Appendix.Definition")],
            IndicatorCatalogue.All.Where(i => shown.Contains(i.Code)).Select(i => (IReadOnlyList<string>)[i.Name(culture), i.Definition(culture)]).ToList(),
            [false, false], [1, 2.6]);

        yield return new ReportHeading(2, T("Appendix.Assumptions"));
        var assumptions = FactsheetBuilder.Assumptions(shown, indicators.Settings, Profile, culture);
        yield return assumptions.Count == 0 ? new ReportParagraph(T("Appendix.NoAssumptions")) : new ReportBullets(assumptions);
        if (socialValue.Applies && socialValue.Rows.Count > 0)
        {
            string Column(string key) => ExportTexts.Get("ValueMap.Column." + key, culture);
            yield return new ReportHeading(3, T("Appendix.ValueMap"));
            yield return new ReportTable(
                [Column("Outcome"), Column("ProxySource"), Column("Deadweight"), Column("Displacement"), Column("Attribution"), Column("DropOff"), Column("Duration")],
                socialValue.Rows.Select(r => (IReadOnlyList<string>)
                [
                    r.Row.Outcome,
                    r.Row.ProxySource,
                    Percent(r.Row.DeadweightPct, culture),
                    Percent(r.Row.DisplacementPct, culture),
                    Percent(r.Row.AttributionPct, culture),
                    Percent(r.Row.DropOffPct, culture),
                    r.Row.DurationYears.ToString(culture),
                ]).ToList(),
                [false, false, true, true, true, true, true], [2.3, 2.5, 1.4, 1.4, 1.4, 1.3, 0.8]);
        }

        yield return new ReportHeading(2, T("Appendix.Sources"));
        yield return new ReportParagraph(T("Appendix.Data"));
        yield return new ReportParagraph(sourceLine, ReportTone.Note);
    }

    private static string Day(DateOnly day, CultureInfo culture) => day.ToString("d MMMM yyyy", culture);

    private static string Quantity(decimal quantity, CultureInfo culture) => quantity.ToString(quantity == decimal.Truncate(quantity) ? "N0" : "N1", culture);

    private static string Euros(decimal euros, CultureInfo culture) => "€ " + euros.ToString("N2", culture);

    private static string Percent(decimal percent, CultureInfo culture) => percent.ToString("0.#", culture) + "%";

    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
