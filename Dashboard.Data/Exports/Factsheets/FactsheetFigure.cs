using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// One headline figure as its tile prints it: the value as <see cref="Figures.Explaining.FigureFormat"/> writes it
/// ("171", "35,2%", "&lt;5"), the indicator's name, and the change against last year ("+12%", "afgeschermd")
/// with what it is against ("t.o.v. 2024"). <see cref="Status"/> tells a number from words such as "afgeschermd".
/// </summary>
public sealed record FactsheetFigure(IndicatorCode Code, FigureStatus Status, string Value, string Name, string Change, string Against, ChangeTone Tone);
