using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports;

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

/// <summary>
/// One column of an import file: its canonical Dutch header, the English alias, what it holds, and how many characters
/// its field may have — a longer one is a problem of its row (docs/importbestanden.md, "Grenzen"). The limits are far
/// above any real name or code, and keep every name that figures, charts and exports show within bounds.
/// </summary>
public sealed record ImportColumn(string Name, string Alias, bool Required, ColumnValue Value = ColumnValue.Text, CodeList? Codes = null,
    int MaxLength = ImportColumn.CodeLength)
{
    /// <summary>A code (store, practice, participant, a code from a list), a date or a number.</summary>
    public const int CodeLength = 40;

    /// <summary>The name of an organisation, store or practice.</summary>
    public const int NameLength = 150;

    /// <summary>A place or a certificate's name.</summary>
    public const int ShortTextLength = 100;
}
