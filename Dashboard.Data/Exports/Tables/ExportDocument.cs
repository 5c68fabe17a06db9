using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Tables;

/// <summary>
/// Everything an export carries besides its figures (docs/weergave-en-export.md#exporteren): the chart, the filter in words, the source line,
/// the export date, the indicators used with their definitions, the settings behind them, whether its figures are
/// protected (small counts hidden, counts perturbed) or exact, and where it applies the social value row by row.
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
    CultureInfo Culture)
{
    /// <summary>
    /// The total whose social value the workbook's value-map sheet shows (docs/weergave-en-export.md#excel-en-csv), as the
    /// viewer sees it; none where the social value does not apply or the export is of one chart.
    /// </summary>
    public IndicatorGroup? SocialValue { get; init; }

    /// <summary>Lines the explanation sheet states after the source, label and text: the sector position in words and how it is computed.</summary>
    public IReadOnlyList<(string Label, string Text)> Notes { get; init; } = [];
}
