namespace Dashboard.Data.Imports.Templates;

/// <summary>One field of a template's example row: text, a number (with a fixed count of decimals, or as few as needed), a date, or empty.</summary>
internal readonly record struct TemplateCell(string? Text, decimal? Number, int? Decimals, DateOnly? Date)
{
    public static readonly TemplateCell Empty = default;

    public static TemplateCell Of(string? text) => text is null ? Empty : new(text, null, null, null);

    public static TemplateCell Of(decimal? number, int? decimals = null) => number is null ? Empty : new(null, number, decimals, null);

    public static TemplateCell Of(DateOnly date) => new(null, null, null, date);
}
