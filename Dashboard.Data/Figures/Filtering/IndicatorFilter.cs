using Dashboard.Data.Figures.Data;

namespace Dashboard.Data.Figures.Filtering;

/// <summary>
/// A filter of docs/indicatoren.md#regels-voor-elk-cijfer: a period and, optionally, several values for each of organisations, stores,
/// practice kinds, practices, target groups, age groups, trajectory types and schemes. An empty list
/// means "all". Values are canonical: organisation ids, store and practice ids, codes as the import stores them.
/// </summary>
public sealed record IndicatorFilter(Period Period)
{
    public IReadOnlySet<long> Organisations { get; init; } = new HashSet<long>();
    public IReadOnlySet<long> Stores { get; init; } = new HashSet<long>();
    public IReadOnlySet<string> PracticeKinds { get; init; } = new HashSet<string>();
    public IReadOnlySet<long> Practices { get; init; } = new HashSet<long>();
    public IReadOnlySet<string> TargetGroups { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> AgeGroups { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> TrajectoryTypes { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Schemes { get; init; } = new HashSet<string>();

    /// <summary>Whether a participant attribute is filtered: then money and environment figures are n.v.t. (docs/indicatoren.md#regels-voor-elk-cijfer).</summary>
    public bool HasParticipantFilter =>
        TargetGroups.Count > 0 || AgeGroups.Count > 0 || TrajectoryTypes.Count > 0 || Schemes.Count > 0;

    public IndicatorFilter WithPeriod(Period period) => this with { Period = period };

    /// <summary>The filter's value as one string: equal filters, equal keys (the sets compare by content).</summary>
    public string Key
    {
        get
        {
            static string Join<T>(IEnumerable<T> values) => string.Join(",", values.Select(v => v!.ToString()).Order(StringComparer.Ordinal));
            return $"{Period}|{Join(Organisations)}|{Join(Stores)}|{Join(PracticeKinds)}|{Join(Practices)}|{Join(TargetGroups)}|{Join(AgeGroups)}|{Join(TrajectoryTypes)}|{Join(Schemes)}";
        }
    }

    /// <summary>Whether the filter's organisations, stores, practice kinds and practices leave a practice in scope.</summary>
    public bool Includes(PracticeInfo practice) =>
        (Organisations.Count == 0 || Organisations.Contains(practice.OrganisationId))
        && (Stores.Count == 0 || Stores.Contains(practice.StoreId))
        && (PracticeKinds.Count == 0 || PracticeKinds.Contains(practice.Kind))
        && (Practices.Count == 0 || Practices.Contains(practice.Id));
}
