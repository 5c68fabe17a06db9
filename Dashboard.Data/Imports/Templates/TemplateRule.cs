namespace Dashboard.Data.Imports.Templates;

/// <summary>One rule of the import on the "Toelichting" sheet: a word to find it by, and the rule.</summary>
internal sealed record TemplateRule(string Topic, string Text);
