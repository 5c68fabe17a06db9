using Dashboard.Data.Figures;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>A ready-made sentence and the indicators it states, whose definitions the factsheet then lists.</summary>
public sealed record FactsheetSentence(string Text, IReadOnlyList<IndicatorCode> Codes);
