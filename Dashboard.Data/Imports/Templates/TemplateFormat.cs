namespace Dashboard.Data.Imports.Templates;

/// <summary>The two forms an import template comes in; the names are the file extensions.</summary>
public enum TemplateFormat
{
    Csv,
    Xlsx,
}
