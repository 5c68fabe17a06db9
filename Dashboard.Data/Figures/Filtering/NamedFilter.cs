namespace Dashboard.Data.Figures.Filtering;

/// <summary>
/// A filter as people name it — in a URL or on the command line: organisation names, store codes,
/// WINKEL/PRAKTIJK paths and codes. <see cref="FilterResolver"/> turns it into an <see cref="IndicatorFilter"/>.
/// A null period means the default period.
/// </summary>
public sealed record NamedFilter
{
    public Period? Period { get; init; }
    public IReadOnlyList<string> Organisations { get; init; } = [];
    public IReadOnlyList<string> Stores { get; init; } = [];
    public IReadOnlyList<string> PracticeKinds { get; init; } = [];
    public IReadOnlyList<string> Practices { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    public IReadOnlyList<string> AgeGroups { get; init; } = [];
    public IReadOnlyList<string> TrajectoryTypes { get; init; } = [];
    public IReadOnlyList<string> Schemes { get; init; } = [];

    public bool HasParticipantFilter => TargetGroups.Count > 0 || AgeGroups.Count > 0 || TrajectoryTypes.Count > 0 || Schemes.Count > 0;
}
