namespace Dashboard.Data.Imports.Preview;

/// <summary>One field of a previewed row: what the file says, what the importer understood, or why it could not.</summary>
public sealed record PreviewCell(string Column, string Raw, string? Understood, string? Problem);
