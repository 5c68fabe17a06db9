using System.Globalization;

namespace Dashboard.Data.Imports;

/// <summary>
/// What an import did (or, for a dry run, would do): rows added, updated, left unchanged and removed by a
/// replace, the sales ranges per store and practice, and a one-line description.
/// </summary>
public sealed record ImportSummary(ImportKind Kind, int Rows, ImportText Text)
{
    /// <summary>The description in Dutch, as the import history stores it and the command line and audit log show it.</summary>
    public string Description => Text.In(Domain.Dutch.Culture);

    /// <summary>The description in the reader's language.</summary>
    public string DescriptionIn(CultureInfo culture) => Text.In(culture);

    public int Added { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Removed { get; init; }
    public IReadOnlyList<SalesRange> SalesRanges { get; init; } = [];
}

/// <summary>A sales file's rows for one store and practice: its range, and what a replace removed there.</summary>
public sealed record SalesRange(string Store, string Practice, DateOnly First, DateOnly Last, int Rows, int ReplacedRows);
