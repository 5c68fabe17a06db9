using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Figures.Views;

/// <summary>One card of Overzicht: a practice kind (or one practice when a single store is chosen) and its key figures.</summary>
public sealed record OverviewCard(string Key, string Title, int Practices, IReadOnlyList<KpiFigure> Figures);

/// <summary>
/// What Overzicht shows for a filter (docs/weergave-en-export.md#overzicht): the key figures in total and per practice kind — per practice
/// when one store is chosen — each with its change against last year and target attainment, and a monthly trend
/// with one line per practice kind (or practice) and the annotations the filter includes marked on it, and the social value of it all (docs/maatschappelijke-waarde.md#wat-u-ziet).
/// </summary>
public sealed record OverviewView(
    string FilterText,
    OverviewCard Total,
    IReadOnlyList<OverviewCard> Cards,
    bool PerPractice,
    ChartDescription Trend,
    SocialValueView SocialValue,
    int SmallCellK,
    long? Organisation)
{
    public static readonly IReadOnlyList<IndicatorCode> KeyFigures =
        [IndicatorCode.P1, IndicatorCode.P4R, IndicatorCode.P8, IndicatorCode.P9, IndicatorCode.E1, IndicatorCode.M2, IndicatorCode.M3];

    /// <summary>The organisation a filter is about — the one all practices in scope belong to — for its factsheet; else null.</summary>
    public static long? OrganisationOf(IndicatorFilter filter, SectorSnapshot snapshot)
    {
        var organisations = snapshot.Practices.Where(filter.Includes).Select(p => p.OrganisationId).Distinct().ToList();
        return organisations.Count == 1 ? organisations[0] : null;
    }

    public static OverviewView Build(IndicatorService indicators, IReadOnlyList<Target> targets, IReadOnlyList<Annotation> annotations, IndicatorFilter filter, ViewerProfile profile,
        IndicatorCode trendCode, CultureInfo culture, DateOnly? exportedOn)
    {
        var snapshot = indicators.Snapshot;
        var inScope = snapshot.Practices.Where(filter.Includes).ToList();
        var perPractice = inScope.Select(p => p.StoreId).Distinct().Count() == 1;
        var dimension = perPractice ? Dimension.Practice : Dimension.PracticeKind;
        var compared = indicators.Compare(filter, dimension, profile);

        OverviewCard Card(string key, string title, IndicatorFilter cardFilter, string? groupKey)
        {
            var practices = snapshot.Practices.Where(cardFilter.Includes).ToList();
            var group = groupKey is null ? compared.Current.Total : compared.Current.Groups.First(g => g.Key == groupKey);
            var table = compared.Current with { Filter = cardFilter };
            var filterWords = Figures.Explaining.FilterText.Describe(cardFilter, snapshot.Practices, culture);
            return new OverviewCard(key, title, practices.Count, KeyFigures.Select(code => new KpiFigure(
                group[code],
                groupKey is null ? compared.FromLastYear(code) : compared.FromLastYear(code, groupKey),
                TargetAttainment.For(group[code], cardFilter, practices, targets),
                FigureExplanation.For(group[code], group, table, filterWords, snapshot.Practices, culture))).ToList());
        }

        var cards = compared.Current.Groups.Select(group => perPractice
            ? Card(group.Key, group.Label, filter with { Practices = new HashSet<long> { inScope.First(p => p.Path == group.Key).Id } }, group.Key)
            : Card(group.Key, CodeLabels.Label(Codes.PracticeKinds, group.Key, culture), filter with { PracticeKinds = new HashSet<string> { group.Key } }, group.Key))
            .ToList();
        var total = Card("totaal", FigureTexts.Get("View.AllPractices", culture), filter, null);

        var words = Figures.Explaining.FilterText.Describe(filter, snapshot.Practices, culture);
        var text = new ChartText(words, SourceLine.For(filter, snapshot.Practices, snapshot.LastDataDay, exportedOn, culture), culture);
        var lines = compared.Current.Groups.Select(group => (Name: cards.First(c => c.Key == group.Key).Title, Months: indicators.Calculate(
            perPractice
                ? filter with { Practices = new HashSet<long> { inScope.First(p => p.Path == group.Key).Id } }
                : filter with { PracticeKinds = new HashSet<string> { group.Key } },
            Dimension.Month, profile))).ToList();
        var trend = ChartDescriptions.Lines(lines, trendCode, text);
        trend = lines.Count == 0 ? trend : ChartMarks.On(trend, lines[0].Months.Groups, annotations, filter, snapshot.Practices);
        var current = compared.Current;
        var socialValue = SocialValueView.Build(indicators, compared, code => KpiFigure.OfTotal(compared, code, inScope, targets, words, snapshot.Practices, culture),
            profile, text);
        return new OverviewView(words, total, cards, perPractice, trend, socialValue, current.Settings.SmallCellK, OrganisationOf(filter, snapshot));
    }
}
