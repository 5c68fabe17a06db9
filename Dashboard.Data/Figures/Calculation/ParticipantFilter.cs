using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// Whether a trajectory's (or a certificate's attributed) participant attributes pass the filter: every attribute the
/// filter names must hold one of its values — a trajectory without an age group or scheme passes no filter on it.
/// The chosen values are one yes/no per code number of <see cref="PackedPeople.Codes"/>, so that admitting compares numbers.
/// </summary>
internal sealed class ParticipantFilter(IndicatorFilter filter, IReadOnlyList<string?> codes)
{
    private readonly bool[]? _targetGroups = Allowed(filter.TargetGroups, codes);
    private readonly bool[]? _ageGroups = Allowed(filter.AgeGroups, codes);
    private readonly bool[]? _trajectoryTypes = Allowed(filter.TrajectoryTypes, codes);
    private readonly bool[]? _schemes = Allowed(filter.Schemes, codes);

    /// <summary>Whether any participant attribute is filtered.</summary>
    public bool Any => filter.HasParticipantFilter;

    public bool Admits(in PackedTrajectory trajectory) =>
        (_targetGroups is null || _targetGroups[trajectory.TargetGroup])
        && (_ageGroups is null || _ageGroups[trajectory.AgeGroup])
        && (_trajectoryTypes is null || _trajectoryTypes[trajectory.TrajectoryType])
        && (_schemes is null || _schemes[trajectory.Scheme]);

    /// <summary>Null when the filter leaves the attribute open; number 0 (no value) is never allowed by a filter on it.</summary>
    private static bool[]? Allowed(IReadOnlySet<string> selected, IReadOnlyList<string?> codes) =>
        selected.Count == 0 ? null : codes.Select(code => code is not null && selected.Contains(code)).ToArray();
}
