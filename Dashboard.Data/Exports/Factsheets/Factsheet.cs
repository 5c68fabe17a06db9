using System.Globalization;
using Dashboard.Data.Figures.Views;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// What a one-page factsheet says (docs/weergave-en-export.md#factsheet), as plain text ready to print: the title and the filter in words, the
/// headline figures, the impact goal (or what the organisation's practices are), the chart, the ready-made sentences,
/// the definitions of the indicators shown, the assumptions and settings the figures rest on, and the source line
/// with the export date. It is already protected: a hidden figure is here only as "&lt;5" or "afgeschermd".
/// </summary>
public sealed record Factsheet(
    string Kicker,
    string Title,
    string Subtitle,
    FactsheetAside? Aside,
    IReadOnlyList<FactsheetFigure> Figures,
    ChartDescription Chart,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<FactsheetDefinition> Definitions,
    IReadOnlyList<string> Assumptions,
    string SourceLine,
    CultureInfo Culture);
