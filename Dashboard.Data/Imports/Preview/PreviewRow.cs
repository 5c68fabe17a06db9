namespace Dashboard.Data.Imports.Preview;

/// <summary>One row of the preview, numbered as the user's spreadsheet shows it.</summary>
public sealed record PreviewRow(int Row, IReadOnlyList<PreviewCell> Cells);
