using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Tables;

/// <summary>
/// Everything an export carries besides its figures (docs/weergave-en-export.md#exporteren): the chart, the filter in words, the source line,
/// the export date, the indicators used with their definitions, the settings behind them, and whether its figures are
/// protected (small counts hidden, counts perturbed) or exact.
/// </summary>
public sealed record ExportDocument(
    ExportTable Table,
    ChartDescription? Chart,
    string FilterText,
    string SourceLine,
    DateOnly ExportedOn,
    IReadOnlyList<IndicatorCode> Indicators,
    IndicatorSettings Settings,
    ViewerProfile Profile,
    CultureInfo Culture);
