using System.Globalization;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Explaining;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Tables;

/// <summary>
/// The value map of an export as an SROI value map (docs/weergave-en-export.md#excel-en-csv): one row per value-map row
/// with its assumptions and its quantity, first-year value and present value as the viewer sees them
/// (docs/maatschappelijke-waarde.md#berekening), then a total row whose present value is W1. A row whose quantity is
/// hidden shows the word for a hidden figure in those three cells, never a number; its assumptions are the map's and show.
/// </summary>
public static class ValueMapTable
{
    private const int EuroDecimals = 2;
    private const int PercentDecimals = 1;

    /// <summary>Whether the group has a social value to show: its value row by row, and W1 applies.</summary>
    public static bool Applies(IndicatorGroup group) =>
        group.Value is not null && group[IndicatorCode.W1].Status != FigureStatus.NotApplicable;

    public static ExportTable Build(IndicatorGroup group, int smallCellK, CultureInfo culture)
    {
        var value = group.Value ?? throw new ArgumentException("the group has no social value", nameof(group));
        string Text(string key) => ExportTexts.Get(key, culture);
        var hidden = ExportCell.Of(FigureFormat.Word(FigureStatus.Hidden, culture));
        var quantityDecimals = value.Rows.Select(r => ExportTables.Decimals(r.Row.Indicator)).DefaultIfEmpty(0).Max();
        var columns = new List<ExportColumn>
        {
            new(Text("ValueMap.Column.Stakeholder")),
            new(Text("ValueMap.Column.Outcome")),
            new(Text("ValueMap.Column.Indicator")),
            new(Text("ValueMap.Column.Quantity"), true, null, quantityDecimals),
            new(Text("ValueMap.Column.Proxy"), true, "€", EuroDecimals),
            new(Text("ValueMap.Column.ProxySource")),
            new(Text("ValueMap.Column.Deadweight"), true, "%", PercentDecimals),
            new(Text("ValueMap.Column.Displacement"), true, "%", PercentDecimals),
            new(Text("ValueMap.Column.Attribution"), true, "%", PercentDecimals),
            new(Text("ValueMap.Column.DropOff"), true, "%", PercentDecimals),
            new(Text("ValueMap.Column.Duration"), true, Text("ValueMap.Unit.Years"), 0),
            new(Text("ValueMap.Column.FirstYear"), true, "€", EuroDecimals),
            new(Text("ValueMap.Column.PresentValue"), true, "€", EuroDecimals),
        };
        var rows = value.Rows.Select(r => (IReadOnlyList<ExportCell>)
        [
            ExportCell.Of(r.Row.Stakeholder),
            ExportCell.Of(r.Row.Outcome),
            ExportCell.Of($"{r.Row.Indicator} {IndicatorCatalogue.Get(r.Row.Indicator).Name(culture)}"),
            r.Value is { } v ? ExportCell.Of(Math.Round(v.Quantity, quantityDecimals, MidpointRounding.AwayFromZero)) : hidden,
            ExportCell.Of(r.Row.ProxyEur),
            ExportCell.Of(r.Row.ProxySource),
            ExportCell.Of(r.Row.DeadweightPct),
            ExportCell.Of(r.Row.DisplacementPct),
            ExportCell.Of(r.Row.AttributionPct),
            ExportCell.Of(r.Row.DropOffPct),
            ExportCell.Of(r.Row.DurationYears),
            r.Value is { } first ? Euros(first.FirstYear) : hidden,
            r.Value is { } present ? Euros(present.PresentValue) : hidden,
        ]).ToList();
        var total = Enumerable.Repeat(ExportCell.Of((string?)null), columns.Count - 1).Prepend(ExportCell.Of(Text("ValueMap.Total"))).ToList();
        total[^1] = ExportTables.Cell(group[IndicatorCode.W1], smallCellK, culture, EuroDecimals);
        rows.Add(total);
        return new ExportTable(Text("Sheet.ValueMap"), columns, rows);
    }

    /// <summary>"Indicatief — niet geverifieerd", and until the map is confirmed "op basis van voorbeeldwaarden" (docs/maatschappelijke-waarde.md#voorbeeldkaart).</summary>
    public static string Label(ValueMap map, CultureInfo culture)
    {
        var label = SocialValueView.Label(!map.IsConfirmed, culture);
        return char.ToUpper(label[0], culture) + label[1..];
    }

    private static ExportCell Euros(decimal euros) => ExportCell.Of(Math.Round(euros, EuroDecimals, MidpointRounding.AwayFromZero));
}
