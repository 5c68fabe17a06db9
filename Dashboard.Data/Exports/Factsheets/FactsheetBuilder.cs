using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Builds a <see cref="Factsheet"/> from the views the pages show — <see cref="PracticeView"/> for a practice or a
/// practice kind, <see cref="OverviewView"/> filtered to one organisation for an organisation — so the factsheet
/// states the figures that were seen, protected as they were: with <see cref="ViewerProfile.Protected"/>, as every
/// export through the web must be (docs/weergave-en-export.md#afscherming-in-exports).
/// </summary>
public static class FactsheetBuilder
{
    public static readonly IReadOnlyList<IndicatorCode> PracticeHeadline =
        [IndicatorCode.P1, IndicatorCode.P4R, IndicatorCode.P6R, IndicatorCode.P9, IndicatorCode.P12, IndicatorCode.E1];

    public static readonly IReadOnlyList<IndicatorCode> OrganisationHeadline =
        [IndicatorCode.P1, IndicatorCode.P4R, IndicatorCode.P8, IndicatorCode.P9, IndicatorCode.E1, IndicatorCode.M3];

    /// <summary>The factsheet of the practice or practice kind the filter is about, with its funnel as the chart.</summary>
    public static Factsheet ForPractice(IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories, IndicatorFilter filter,
        ViewerProfile profile, CultureInfo culture, DateOnly exportedOn)
    {
        var snapshot = indicators.Snapshot;
        // The practice factsheet's chart is the funnel, which is no trend: no annotations to mark.
        var view = PracticeView.Build(indicators, targets.List(filter.Period.From.Year), [], theories, filter, profile, culture, exportedOn);
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        var (subject, narrowing) = PracticeView.SubjectOf(filter, snapshot) switch
        {
            ({ } practice, _) => (FactsheetSubject.Practice(Ellipsis.Name(practice.Name)), Narrowing(filter, culture)),
            (_, { } kind) => (FactsheetSubject.PracticesOfKind(kind, inScope.Count),
                FilterText.Describe(filter with { PracticeKinds = new HashSet<string>() }, snapshot.Practices, culture)),
            _ => throw new ArgumentException("the filter is not about one practice or one practice kind", nameof(filter)),
        };
        var kpis = new[] { view.Participants }.Concat(view.RightThings).Concat(view.ThingsRight).ToDictionary(k => k.Figure.Code);
        var sector = SectorSubjectOf(filter, snapshot, culture) is { } about
            ? SectorSentence(indicators, about.Organisation, about.Name, filter.Period, about.Kind, profile, culture)
            : null;
        var sentences = Sentences(indicators, subject, filter, kpis, profile, culture, sector);
        var kicker = FactsheetTexts.Get("Kicker.Practice", culture);
        // An example theory of change was written by the product, not by the organisation: a funder must not read it as theirs.
        var aside = subject.Kind == FactsheetSubjectKind.PracticeKind
            ? new FactsheetAside(FactsheetTexts.Get("Aside.PracticesOfKind", culture), Listed(inScope.Select(p => $"{Ellipsis.Name(p.Name)} ({Ellipsis.Name(p.City ?? p.StoreName)})").ToList(), culture))
            : view.TheoryIsExample ? null : new FactsheetAside(FactsheetTexts.Get("Aside.ImpactGoal", culture), view.Theory.ImpactGoal);
        return Assemble(kicker, view.Title, $"{view.Subtitle} · {narrowing}", aside, PracticeHeadline.Select(c => kpis[c]), view.Funnel,
            sentences, filter.Period, indicators.Settings, profile, view.SmallCellK, culture);
    }

    /// <summary>The factsheet of one organisation: Overzicht filtered to it, with its participants per month against last year.</summary>
    public static Factsheet ForOrganisation(IndicatorService indicators, TargetStore targets, IReadOnlyList<Annotation> annotations, long organisationId, Period period,
        ViewerProfile profile, CultureInfo culture, DateOnly exportedOn)
    {
        var organisation = indicators.Snapshot.Practices.FirstOrDefault(p => p.OrganisationId == organisationId)?.OrganisationName
            ?? throw new ArgumentException($"no organisation {organisationId} with practices", nameof(organisationId));
        var name = Ellipsis.Name(organisation);
        var filter = new IndicatorFilter(period) { Organisations = new HashSet<long> { organisationId } };
        var view = OverviewView.Build(indicators, targets.List(period.From.Year), annotations, filter, profile, IndicatorCode.P1, culture, exportedOn);
        var kpis = view.Total.Figures.ToDictionary(k => k.Figure.Code);
        var practices = view.Total.Practices;
        var subject = FactsheetSubject.Organisation(name, practices);
        var sector = SectorSentence(indicators, organisationId, name, period, null, profile, culture);
        var sentences = Sentences(indicators, subject, filter, kpis, profile, culture, sector);
        var kicker = FactsheetTexts.Get("Kicker.Organisation", culture);
        var count = FactsheetTexts.Counted("Practices", practices, culture, practices);
        var aside = new FactsheetAside(FactsheetTexts.Get("Aside.PracticesOfOrganisation", culture), Practices(view, culture));
        return Assemble(kicker, name, $"{count} · {Narrowing(filter, culture)}", aside, OrganisationHeadline.Select(c => kpis[c]), view.Trend,
            sentences, period, indicators.Settings, profile, view.SmallCellK, culture);
    }

    /// <summary>
    /// The sentences from the figures the tiles show, whether paid work lasted and, where the social value applies, the
    /// return with its range, as the viewer sees them (the same table the views read, so hidden stays hidden).
    /// </summary>
    private static IReadOnlyList<FactsheetSentence> Sentences(IndicatorService indicators, FactsheetSubject subject, IndicatorFilter filter,
        IReadOnlyDictionary<IndicatorCode, KpiFigure> kpis, ViewerProfile profile, CultureInfo culture, string? sector)
    {
        var total = indicators.Calculate(filter, null, profile).Total;
        var figures = kpis.ToDictionary(p => p.Key, p => p.Value.Figure);
        foreach (var code in FromTotal)
        {
            figures[code] = total[code];
        }
        return FactsheetSentences.Write(subject, filter.Period, figures, culture, CertificatesByKind(indicators, filter, profile), total.Value?.Map, sector);
    }

    /// <summary>
    /// What the sector comparison can say something about for a good practice's filter: the sector compares an organisation's
    /// practices of one kind, all of them, over all their participants — so the kind of one organisation, or a practice that is
    /// its only one of its kind, with the name to use (the practice's or the organisation's); else null.
    /// </summary>
    internal static (long Organisation, string Kind, string Name)? SectorSubjectOf(IndicatorFilter filter, SectorSnapshot snapshot, CultureInfo culture)
    {
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        return inScope.Select(p => p.Kind).Distinct().ToList() is [var kind]
            && inScope.Select(p => p.OrganisationId).Distinct().ToList() is [var organisation]
            && FilterText.Participants(filter, culture).Count == 0
            && inScope.Select(p => p.Id).ToHashSet().SetEquals(snapshot.Practices.Where(p => p.OrganisationId == organisation && p.Kind == kind).Select(p => p.Id))
                ? (organisation, kind, inScope.Count == 1 ? Ellipsis.Name(inScope[0].Name) : Ellipsis.Name(inScope[0].OrganisationName))
                : null;
    }

    /// <summary>
    /// Where the organisation's outflow to paid work (P4R) — or that of its practices of <paramref name="kind"/> — stands among
    /// the other organisations that take part (docs/weergave-en-export.md#sectorvergelijking); only when the position is shown
    /// with the own value and its quarter: never when too few organisations count, the organisation does not take part or its
    /// own value is hidden.
    /// </summary>
    private static string? SectorSentence(IndicatorService indicators, long organisationId, string name, Period period, string? kind,
        ViewerProfile profile, CultureInfo culture)
    {
        var position = new SectorComparisons(indicators).Position(organisationId, IndicatorCode.P4R, period, kind, profile, exact: profile == ViewerProfile.Exact);
        return position is { Status: SectorStatus.Shown, Quarter: not null } ? SectorWords.Sentence(position, name, culture) : null;
    }

    /// <summary>The figures of sentences that no tile shows: lasting work, and the return with its range.</summary>
    private static readonly IndicatorCode[] FromTotal = [IndicatorCode.P13, IndicatorCode.P14, IndicatorCode.W3, IndicatorCode.W3L, IndicatorCode.W3H];

    /// <summary>The period and any participant attributes, for a subject the title already names.</summary>
    private static string Narrowing(IndicatorFilter filter, CultureInfo culture) =>
        string.Join(" · ", FilterText.Participants(filter, culture).Prepend(FilterText.Describe(filter.Period, culture)));

    private static Factsheet Assemble(string kicker, string title, string subtitle, FactsheetAside? aside, IEnumerable<KpiFigure> headline,
        ChartDescription chart, IReadOnlyList<FactsheetSentence> sentences, Period period, IndicatorSettings settings,
        ViewerProfile profile, int smallCellK, CultureInfo culture)
    {
        var tiles = headline.Select(k => Tile(k, period, smallCellK, culture)).ToList();
        var shown = tiles.Select(t => t.Code).Concat(sentences.SelectMany(s => s.Codes)).ToHashSet();
        var definitions = IndicatorCatalogue.All.Where(i => shown.Contains(i.Code))
            .Select(i => new FactsheetDefinition(i.Name(culture), i.Definition(culture))).ToList();
        return new Factsheet(kicker, title, subtitle, aside, tiles, chart, sentences.Select(s => s.Text).ToList(), definitions,
            Assumptions(shown, settings, profile, culture), chart.SourceLine, culture);
    }

    private static FactsheetFigure Tile(KpiFigure kpi, Period period, int smallCellK, CultureInfo culture)
    {
        var code = kpi.Figure.Code;
        var change = kpi.ChangeFromLastYear;
        var against = period.IsCalendarYear
            ? FactsheetTexts.Format("Against.Year", culture, period.From.Year - 1)
            : FactsheetTexts.Get("Against.LastYear", culture);
        var tone = change.Status != FigureStatus.Ok ? ChangeTone.NotCompared
            : change.Absolute is null or 0m ? ChangeTone.Neutral
            : kpi.Figure.Indicator.Direction switch
            {
                Direction.HigherIsBetter => change.Absolute > 0 ? ChangeTone.Better : ChangeTone.Worse,
                Direction.LowerIsBetter => change.Absolute < 0 ? ChangeTone.Better : ChangeTone.Worse,
                _ => ChangeTone.Neutral,
            };
        return new FactsheetFigure(code, kpi.Figure.Status, FigureFormat.Value(kpi.Figure, smallCellK, culture), kpi.Figure.Indicator.Name(culture),
            FigureFormat.Change(code, change, culture), against, tone);
    }

    /// <summary>
    /// The settings behind the figures shown, as their catalogue entries name them: small-cell protection for protected
    /// figures, the fte hours, the value map's discount rate with its source, and the average weights and CO2 factors
    /// with their sources — summarised, since one source usually covers every category.
    /// </summary>
    internal static IReadOnlyList<string> Assumptions(IReadOnlySet<IndicatorCode> shown, IndicatorSettings settings, ViewerProfile profile, CultureInfo culture)
    {
        var lines = new List<string>();
        var indicators = shown.Select(IndicatorCatalogue.Get).ToList();
        bool Uses(ExplainedSetting setting) => indicators.Any(i => i.SettingsUsed.Contains(setting));
        if (indicators.Any(i => i.IsProtected))
        {
            var k = settings.SmallCellK;
            lines.Add(profile == ViewerProfile.Protected
                ? FactsheetTexts.Format("Assumption.Protected", culture, k - 1, k)
                : FactsheetTexts.Get("Assumption.Exact", culture));
        }
        if (profile == ViewerProfile.Protected && indicators.Any(i => i.Perturbation != PerturbationRule.None))
        {
            lines.Add(FactsheetTexts.Get("Assumption.Perturbed", culture));
        }
        if (Uses(ExplainedSetting.FteHoursPerWeek))
        {
            lines.Add(FactsheetTexts.Format("Assumption.FteHours", culture, settings.FteHoursPerWeek));
        }
        if (Uses(ExplainedSetting.ValueMap))
        {
            var map = settings.ValueMap;
            lines.Add(FactsheetTexts.Format("Assumption.ValueMap", culture, map.DiscountRatePct.ToString(culture), Sources([map.DiscountRateSource], culture),
                map.IsConfirmed ? "" : FactsheetTexts.Get("Assumption.ValueMap.Example", culture)));
        }
        var reuse = settings.Categories.Values.Where(c => IndicatorSettings.IsReuse(c.Category)).ToList();
        string Label(string category) => CodeLabels.Label(Codes.SalesCategories, category, culture).ToLower(culture);
        if (Uses(ExplainedSetting.Co2Factors) && reuse.Count > 0)
        {
            var factors = reuse.Select(c => c.Co2Factor).Distinct().ToList();
            var values = factors.Count == 1
                ? FactsheetTexts.Format("Assumption.Co2FactorEveryCategory", culture, factors[0])
                : FactsheetTexts.Format("Assumption.Co2FactorPerCategory", culture, string.Join(", ", reuse.Select(c => $"{Label(c.Category)} {c.Co2Factor.ToString(culture)}")));
            lines.Add(FactsheetTexts.Format("Assumption.Co2Factor", culture, values, Sources(reuse.Select(c => c.Co2Source), culture)));
        }
        if (Uses(ExplainedSetting.AverageWeights) && reuse.Count > 0)
        {
            var weights = string.Join(", ", reuse.Select(c => $"{Label(c.Category)} {c.AverageWeightKg.ToString(culture)} kg"));
            lines.Add(FactsheetTexts.Format("Assumption.AverageWeight", culture, weights, Sources(reuse.Select(c => c.WeightSource), culture)));
        }
        return lines;
    }

    private static string Sources(IEnumerable<string> sources, CultureInfo culture)
    {
        var distinct = sources.Select(s => s.Trim().TrimEnd('.')).Where(s => s.Length > 0).Select(LowerFirst).Distinct().ToList();
        return distinct.Count == 0 ? FactsheetTexts.Get("Source.None", culture) : FactsheetTexts.Format("Source.Given", culture, string.Join("; ", distinct));
    }

    /// <summary>"Aanname" becomes "aanname" after "bron:", while "TNO" stays as it is.</summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    /// <summary>"Drie winkels, twee sorteercentra en één horecazaak." — or, for one store, its practices by name.</summary>
    private static string Practices(OverviewView view, CultureInfo culture) => Listed(view.PerPractice
        ? view.Cards.Select(c => Ellipsis.Name(c.Title)).ToList()
        : view.Cards.Where(c => c.Practices > 0)
            .Select(c => $"{NumberWords.Count(c.Practices, culture)} {PracticeKindNoun.For(c.Key, c.Practices, culture)}").ToList(), culture);

    /// <summary>"A, B en C." with a capital and a full stop.</summary>
    private static string Listed(IReadOnlyList<string> parts, CultureInfo culture)
    {
        var list = parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + FactsheetTexts.Get("List.LastSeparator", culture) + parts[^1];
        return list.Length == 0 ? list : char.ToUpper(list[0], CultureInfo.InvariantCulture) + list[1..] + ".";
    }

    private static IReadOnlyDictionary<string, Figure> CertificatesByKind(IndicatorService indicators, IndicatorFilter filter, ViewerProfile profile) =>
        indicators.Calculate(filter, Dimension.CertificateKind, profile).Groups.ToDictionary(g => g.Key, g => g[IndicatorCode.P9]);
}
