namespace Dashboard.Data.Import;

/// <summary>One column of an import file: its canonical Dutch header and the English alias.</summary>
public sealed record ImportColumn(string Name, string Alias, bool Required);
