namespace Dashboard.Data.Installation.Demo;

/// <summary>One row of `deelnemers`; <see cref="Person"/> numbers the participant within the organisation until codes are given.</summary>
internal sealed record DemoTrajectory(
    int Person,
    DemoStore Store,
    DemoPractice Practice,
    string TargetGroup,
    string? AgeGroup,
    string? Scheme,
    string Type,
    DateOnly Start,
    DateOnly? End,
    decimal HoursPerWeek,
    string? Outcome,
    int? LadderStart,
    int? LadderEnd);
