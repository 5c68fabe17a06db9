namespace Dashboard.Data.Exports.Tables;

/// <summary>The figures of an export: a title, columns and rows of cells — what the screen's table or chart shows.</summary>
public sealed record ExportTable(string Title, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<ExportCell>> Rows);
