using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Exports;

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
    public CultureInfo Culture { get; init; } = Language.Dutch;

    /// <summary>The funder report (Word or PDF, docs/funderrapport.md) rather than the factsheet (PDF).</summary>
    public bool Report { get; init; }
}
