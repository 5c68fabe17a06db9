namespace Dashboard.Data.Imports.Templates;

/// <summary>A value a column takes, with what it means: "zonder_werk" — "Lang zonder werk".</summary>
internal sealed record AllowedValue(string Value, string Label);
