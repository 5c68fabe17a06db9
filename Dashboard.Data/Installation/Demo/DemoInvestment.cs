namespace Dashboard.Data.Installation.Demo;

/// <summary>One row of `investeringen`: what one funder put into a practice in a year, in cents; a null funder is left empty (read as `overig`).</summary>
internal sealed record DemoInvestment(DemoStore Store, DemoPractice Practice, int Year, string? Funder, long Cents, string Description);
