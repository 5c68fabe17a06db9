namespace Dashboard.Data.Imports.Templates;

/// <summary>What the "Toelichting" sheet says about one column: whether it is required, what it means, the values it takes.</summary>
internal sealed record ColumnNote(ImportColumn Column, ColumnContent Content, string Required, string Meaning, IReadOnlyList<AllowedValue> Values);
