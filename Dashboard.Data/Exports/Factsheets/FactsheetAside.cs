namespace Dashboard.Data.Exports.Factsheets;

/// <summary>The short text beside the sentences: a practice's impact goal, or what an organisation's practices are.</summary>
public sealed record FactsheetAside(string Heading, string Text);
