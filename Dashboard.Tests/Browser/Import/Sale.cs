namespace Dashboard.Tests.Browser.Import;

/// <summary>One row of a sales file.</summary>
public sealed record Sale(DateOnly Date, string Store, string Practice, string Category, decimal Revenue, int Items);
