using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Exports;

/// <summary>
/// What someone asks to export, before <see cref="ExportService"/> decides what they get: the filter by name (resolved
/// within a signed-in actor's scope; without a period, the default period), and whether exact figures are asked — which
/// only the command line gets; a signed-in actor always gets protected figures.
/// </summary>
public sealed record ExportOrder(ExportView View, NamedFilter Filter, DateOnly Today)
{
    public string? Chart { get; init; }
    public IndicatorCode? Indicator { get; init; }
    public Normalisation Normalisation { get; init; } = Normalisation.None;
    public CultureInfo Culture { get; init; } = Language.Dutch;

    /// <summary>The funder report (Word or PDF, docs/funderrapport.md) rather than the factsheet (PDF).</summary>
    public bool Report { get; init; }
    public bool Exact { get; init; }
}
