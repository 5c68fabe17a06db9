namespace Dashboard.Data.Imports.Reading;

/// <summary>The rows of a CSV file or of a workbook's first sheet, read one at a time.</summary>
public interface IRowSource : IDisposable
{
    /// <summary>The header row's texts (row 1).</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>The current row as the user's spreadsheet numbers it (header = row 1).</summary>
    int RowNumber { get; }

    /// <summary>How many fields the current row has (may differ from the header in a broken CSV).</summary>
    int FieldCount { get; }

    /// <summary>Moves to the next row that is not entirely empty.</summary>
    bool Read();

    /// <summary>The field in column <paramref name="index"/> of the current row; empty beyond its end.</summary>
    Cell this[int index] { get; }

    /// <summary>How the numbers written as text in this source are to be read.</summary>
    NumberDialect Dialect { get; }

    /// <summary>The rows of an inspected file, read within <paramref name="limits"/>.</summary>
    static IRowSource Open(InspectedFile file, ImportLimits limits) => file.Format == FileFormat.Xlsx
        ? new XlsxRowSource(file.Path, limits)
        : new CsvRowSource(file.Path, file.Encoding!, limits);
}
