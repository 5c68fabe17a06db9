using Dashboard.Data.Domain;

namespace Dashboard.Data.Import;

/// <summary>What a column holds, which decides how it is read and how a preview shows what was understood.</summary>
public enum ColumnValue
{
    Text,
    Identifier,
    Code,
    Date,
    Number,
    WholeNumber,
}

/// <summary>One column of an import file: its canonical Dutch header, the English alias, and what it holds.</summary>
public sealed record ImportColumn(string Name, string Alias, bool Required, ColumnValue Value = ColumnValue.Text, CodeList? Codes = null);
