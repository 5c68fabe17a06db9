using Dashboard.Data.Access;
using Dashboard.Data.Indicators.Comparison;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Data.Indicators.Protection;
using Dashboard.Data.Indicators;

namespace Dashboard.Data.Export;

/// <summary>
/// What to export: a view for a filter, optionally one of its charts (the key a chart card carries), the indicator
/// and normalisation a view was showing, the language, the day of export and the viewer's profile — protected for
/// every export made through the web (docs/weergave-en-export.md#afscherming-in-exports), exact only from the command line.
/// </summary>
public sealed record ExportRequest(ExportView View, IndicatorFilter Filter, ViewerProfile Profile, DateOnly ExportedOn)
{
    public string? Chart { get; init; }
    public IndicatorCode? Indicator { get; init; }
    public Normalisation Normalisation { get; init; } = Normalisation.None;
    public bool English { get; init; }
}
