namespace Dashboard.Data.Installation.Demo;

/// <summary>One row of `certificaten`, earned during a trajectory at the same store and practice.</summary>
internal sealed record DemoCertificate(int Person, DemoStore Store, DemoPractice Practice, DateOnly Date, string Kind, string? Name);
