namespace Dashboard.Data.Exports.Factsheets;

/// <summary>An indicator's name and its one-sentence definition, as the factsheet's footer lists them.</summary>
public sealed record FactsheetDefinition(string Name, string Definition);
