using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Tables;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports;

/// <summary>
/// What each view exports — the same results the page shows (docs/weergave-en-export.md#exporteren): Overzicht its monthly trend with one line
/// per practice kind and the key figures per kind; Goede praktijk its funnel (or another of its charts) and every
/// indicator; Vergelijken the stores' sorted bars with the median and the ranked table. With a chart key, the
/// table is that chart's figures.
/// </summary>
public sealed class ExportViews(IndicatorService indicators, TargetStore targets, TheoryOfChangeStore theories, AnnotationStore annotations)
{
    /// <summary>The chart keys of each view, the first being the view's own chart.</summary>
    public static readonly IReadOnlyDictionary<ExportView, IReadOnlyList<string>> Charts = new Dictionary<ExportView, IReadOnlyList<string>>
    {
        [ExportView.Overzicht] = ["trend"],
        [ExportView.Praktijk] = ["trechter", "deelnemers", "uren", "doelgroep", "leeftijdsgroep", "traject", "uitstroom", "belanghebbenden", "waterval"], // in PracticeView.Charts' order
        [ExportView.Vergelijken] = ["winkels"],
        [ExportView.Sector] = ["verdeling"],
    };

    public ExportDocument Build(ExportRequest request)
    {
        var chartKey = request.Chart ?? Charts[request.View][0];
        if (!Charts[request.View].Contains(chartKey))
        {
            throw new ArgumentException($"onbekende grafiek '{chartKey}' voor {request.View}", nameof(request));
        }
        if (request.View == ExportView.Sector)
        {
            return Sector(request);
        }
        var (chart, viewTable, codes) = request.View switch
        {
            ExportView.Overzicht => Overview(request),
            ExportView.Praktijk => Practice(request, chartKey),
            _ => Comparison(request),
        };
        var settings = indicators.Settings;
        var table = request.Chart is null ? viewTable : ExportTables.FromChart(chart, settings.SmallCellK, request.Culture);
        var snapshot = indicators.Snapshot;
        // The value map goes with a view's own workbook, not with one chart's figures (docs/weergave-en-export.md#excel-en-csv).
        var total = request.Chart is null && request.View != ExportView.Vergelijken ? indicators.Calculate(request.Filter, null, request.Profile).Total : null;
        return new ExportDocument(table, chart, FilterText.Describe(request.Filter, snapshot.Practices, request.Culture), chart.SourceLine,
            request.ExportedOn, request.Chart is null ? codes : [chart.Indicator], settings, request.Profile, request.Culture)
        {
            SocialValue = total is not null && ValueMapTable.Applies(total) ? total : null,
        };
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Overview(ExportRequest request)
    {
        var culture = request.Culture;
        var view = OverviewView.Build(indicators, targets.List(request.Filter.Period.From.Year), annotations.All(), request.Filter, request.Profile,
            request.Indicator ?? IndicatorCode.P1, culture, request.ExportedOn);
        var columns = new List<ExportColumn> { new(ExportTexts.Get(view.PerPractice ? "Column.Practice" : "Column.PracticeKind", culture)) };
        foreach (var code in OverviewView.KeyFigures)
        {
            var indicator = IndicatorCatalogue.Get(code);
            columns.Add(new ExportColumn($"{code} {indicator.Name(culture)}", true, indicator.Unit(culture), ExportTables.Decimals(code)));
            columns.Add(new ExportColumn(ExportTexts.Format("Column.ChangeFromLastYear", culture, code), true, ExportTables.ChangeUnit(code, culture), 1));
        }
        var rows = view.Cards.Append(view.Total).Select(card => (IReadOnlyList<ExportCell>)card.Figures
            .SelectMany(kpi => new[] { ExportTables.Cell(kpi.Figure, view.SmallCellK, culture), ExportTables.Change(kpi.Figure.Code, kpi.ChangeFromLastYear, culture) })
            .Prepend(ExportCell.Of(card.Title)).ToList()).ToList();
        var title = ExportTexts.Get("Table.KeyFigures", culture);
        return (view.Trend, new ExportTable(title, columns, rows), OverviewView.KeyFigures);
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Practice(ExportRequest request, string chartKey)
    {
        var culture = request.Culture;
        var view = PracticeView.Build(indicators, targets.List(request.Filter.Period.From.Year), annotations.All(), theories, request.Filter, request.Profile, culture, request.ExportedOn);
        var chart = view.Charts[Charts[ExportView.Praktijk].ToList().IndexOf(chartKey)];
        var compared = indicators.Compare(request.Filter, null, request.Profile);
        var k = compared.Current.Settings.SmallCellK;
        var columns = new List<ExportColumn>
        {
            new(ExportTexts.Get("Column.Code", culture)),
            new(ExportTexts.Get("Column.Indicator", culture)),
            new(ExportTexts.Get("Column.Unit", culture)),
            new(ExportTexts.Get("Column.Value", culture), true, null, 2),
            new(ExportTexts.Get("Column.SamePeriodLastYear", culture), true, null, 2),
            new(ExportTexts.Get("Column.Change", culture), true, null, 1),
        };
        var rows = IndicatorCatalogue.All.Select(indicator => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(indicator.Code.ToString()),
            ExportCell.Of(indicator.Name(culture)),
            ExportCell.Of(indicator.Unit(culture)),
            ExportTables.Cell(compared.Current.Total[indicator.Code], k, culture),
            ExportTables.Cell(compared.LastYear.Total[indicator.Code], k, culture),
            ExportTables.Change(indicator.Code, compared.FromLastYear(indicator.Code), culture),
        ]).ToList();
        return (chart, new ExportTable(view.Title, columns, rows), IndicatorCatalogue.All.Select(i => i.Code).ToList());
    }

    private (ChartDescription, ExportTable, IReadOnlyList<IndicatorCode>) Comparison(ExportRequest request)
    {
        var culture = request.Culture;
        var code = request.Indicator ?? IndicatorCode.P4R;
        var view = ComparisonView.Build(indicators, request.Filter, code, request.Normalisation, request.Profile, culture, request.ExportedOn);
        var decimals = ExportTables.Decimals(code) + (request.Normalisation == Figures.Comparison.Normalisation.None ? 0 : 3);
        var columns = new List<ExportColumn>
        {
            new(ExportTexts.Get("Column.Rank", culture), true),
            new(ExportTexts.Get("Column.StoreCode", culture)),
            new(ExportTexts.Get("Column.Store", culture)),
            new(ExportTexts.Get("Column.Organisation", culture)),
            new(view.Chart.Title, true, view.Chart.ValueLabel, decimals),
            new(ExportTexts.Get("Column.ChangeVsLastYear", culture), true, ExportTables.ChangeUnit(code, culture), 1),
        };
        var rows = view.Comparison.Rows.Select(row => (IReadOnlyList<ExportCell>)
        [
            row.Rank is { } rank ? ExportCell.Of(rank) : ExportCell.Of("—"),
            ExportCell.Of(row.StoreCode),
            ExportCell.Of(row.StoreName),
            ExportCell.Of(row.Organisation),
            ExportTables.Cell(row.Figure, view.SmallCellK, culture, decimals),
            ExportTables.Change(code, row.ChangeFromLastYear, culture),
        ]).ToList();
        return (view.Chart, new ExportTable(view.Chart.Title, columns, rows), [code]);
    }

    /// <summary>
    /// The sector position of the one organisation the filter is about (docs/weergave-en-export.md#sectorvergelijking): its box
    /// chart and one row — indicator, the number of other organisations, P25, median, P75, the own value, the quarter and the
    /// status — with the sentence and how it is computed in the explanation. Only what the position holds: never another
    /// organisation's name, value, minimum or maximum; when the position is not shown, no numbers at all.
    /// </summary>
    private ExportDocument Sector(ExportRequest request)
    {
        var culture = request.Culture;
        var code = request.Indicator ?? IndicatorCode.P4R;
        var snapshot = indicators.Snapshot;
        var view = SectorView.Build(new SectorComparisons(indicators), request.Filter, snapshot.Practices, code, request.Profile, culture,
            exact: request.Profile == ViewerProfile.Exact);
        var position = view.Position ?? throw new ExportRefusedException(view.Sentence);
        // Names as they are drawn, as in the subtitle: the sentence is in the chart, its description and the workbook.
        var inScope = snapshot.Practices.Where(request.Filter.Includes).ToList();
        var subject = Ellipsis.Name(inScope.Count == 1 ? inScope[0].Name : position.OrganisationName);
        var sentence = SectorWords.Sentence(position with { OrganisationName = Ellipsis.Name(position.OrganisationName) }, subject, culture);
        var indicator = IndicatorCatalogue.Get(code);
        var normalisation = SectorComparisons.NormalisationOf(indicator);
        var suffix = normalisation switch
        {
            Normalisation.PerParticipant => FigureTexts.Get("Chart.PerParticipant", culture),
            Normalisation.PerThousandParticipantHours => FigureTexts.Get("Chart.PerThousandParticipantHours", culture),
            _ => string.Empty,
        };
        var filterText = FilterText.Describe(request.Filter, snapshot.Practices, culture);
        var sourceLine = SourceLine.For(request.Filter, snapshot.Practices, snapshot.LastDataDay, request.ExportedOn, culture);
        var shown = position is { Status: SectorStatus.Shown, P25: not null, Median: not null, P75: not null };
        var own = shown && position.Own.HasValue ? position.Own.Value : null;
        var box = shown
            ? new DistributionBox(position.P25!.Value, position.Median!.Value, position.P75!.Value, own, position.Format(position.P25.Value, culture),
                position.Format(position.Median.Value, culture), position.Format(position.P75.Value, culture), own is { } o ? position.Format(o, culture) : null)
            : null;
        var chart = new ChartDescription(ChartKind.Bar, code, indicator.Name(culture) + suffix, filterText, indicator.Unit(culture) + suffix, sourceLine, [])
        {
            Normalised = normalisation != Normalisation.None,
            Distribution = new DistributionChart(sentence, view.Distribution, box),
        };

        // The quartiles carry the digits they were rounded to (three significant ones when normalised); at least the figure's own.
        var decimals = shown
            ? new[] { position.P25!.Value, position.Median!.Value, position.P75!.Value }.Select(Scale).Append(ExportTables.Decimals(code)).Max()
            : ExportTables.Decimals(code);
        decimals = Math.Min(decimals, 6);
        string Text(string key) => ExportTexts.Get(key, culture);
        var unit = indicator.Unit(culture) + suffix;
        var columns = new List<ExportColumn>
        {
            new(Text("Sector.Column.Indicator")),
            new(Text("Sector.Column.Organisations"), true),
            new(Text("Sector.Column.P25"), true, unit, decimals),
            new(Text("Sector.Column.Median"), true, unit, decimals),
            new(Text("Sector.Column.P75"), true, unit, decimals),
            new(Text("Sector.Column.Own"), true, unit, decimals),
            new(Text("Sector.Column.Quarter"), true),
            new(Text("Sector.Column.Status")),
        };
        var none = ExportCell.Of(string.Empty);
        ExportCell Number(decimal? value) => value is { } v ? ExportCell.Of(Math.Round(v, decimals, MidpointRounding.AwayFromZero)) : none;
        var ownCell = !shown ? none
            : own is not null ? Number(own)
            : ExportCell.Of(FigureFormat.Value(position.Own, indicators.Settings.SmallCellK, culture));
        IReadOnlyList<ExportCell> row =
        [
            ExportCell.Of($"{code} {indicator.Name(culture)}{suffix}"),
            shown ? ExportCell.Of(position.Others) : none,
            shown ? Number(position.P25) : none,
            shown ? Number(position.Median) : none,
            shown ? Number(position.P75) : none,
            ownCell,
            position.Quarter is { } quarter ? ExportCell.Of(quarter) : none,
            ExportCell.Of(Text($"Sector.Status.{position.Status}")),
        ];
        var table = new ExportTable(Text("Sector.Table"), columns, [row]);
        var notes = new List<(string, string)> { (Text("Explanation.SectorPosition"), sentence) };
        if (view.Distribution is { } distribution)
        {
            notes.Add((Text("Explanation.SectorDistribution"), distribution));
        }
        notes.Add((Text("Explanation.SectorMethod"), ExportTexts.Format("Explanation.SectorMethodRule", culture, position.MinOthers)));
        return new ExportDocument(table, chart, filterText, sourceLine, request.ExportedOn, [code], indicators.Settings, request.Profile, culture)
        {
            Notes = notes,
        };
    }

    /// <summary>How many decimals a value carries: 24.1 has one, 0.0123 four.</summary>
    private static int Scale(decimal value) => (decimal.GetBits(value)[3] >> 16) & 0xFF;
}
