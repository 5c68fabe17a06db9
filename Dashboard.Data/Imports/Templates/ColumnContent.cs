namespace Dashboard.Data.Imports.Templates;

/// <summary>What a template column holds, which decides its cells' type and format in Excel.</summary>
internal enum ColumnContent
{
    Text,
    Number,
    Date,
}
