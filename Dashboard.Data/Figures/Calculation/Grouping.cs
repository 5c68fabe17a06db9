using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Figures.Calculation;

/// <summary>
/// How a breakdown sorts facts into groups (docs/indicatoren.md#regels-voor-elk-cijfer): every group in scope gets a row, zeros included, in
/// display order — organisations by name, stores and practices by code, codes (funders too) in the order of their list;
/// a participant or certificate without a value for the dimension goes to "onbekend". Groups are numbered in
/// display order, and a row finds its group's number through an array, by practice index or code number.
/// Not for time breakdowns, whose groups are periods (see <see cref="PeriodTallies"/>).
/// </summary>
internal sealed class Grouping
{
    public const string Unknown = "onbekend";

    private readonly Dimension _dimension;
    private readonly PackedTrajectory[] _trajectories;
    private readonly int[] _byPractice;
    private readonly int[] _byCode;
    private readonly Dictionary<string, int> _numbers;

    public Grouping(Dimension dimension, SectorSnapshot snapshot, IReadOnlyList<PracticeInfo> practicesInScope, IndicatorFilter filter)
    {
        _dimension = dimension;
        _trajectories = snapshot.Packed.Trajectories;
        Groups = GroupsOf(dimension, practicesInScope, filter);
        var numbers = _numbers = Groups.Select((group, number) => (group.Key, number)).ToDictionary();
        // Outcomes have a code "onbekend" of their own; the group the calculator adds is last, for a participant attribute
        // and for a funder no longer in the list.
        UnknownGroup = dimension.IsParticipantAttribute() || dimension == Dimension.Funder ? Groups.Count - 1 : -1;
        _byPractice = new int[snapshot.Practices.Count];
        Array.Fill(_byPractice, -1);
        if (IsAboutPractices(dimension))
        {
            foreach (var practice in practicesInScope)
            {
                _byPractice[snapshot.PracticeIndex(practice.Id)] = numbers[KeyOf(practice)];
            }
        }
        _byCode = snapshot.Packed.Codes.Select(code => code is not null && numbers.TryGetValue(code, out var number) ? number : -1).ToArray();
    }

    /// <summary>The groups in display order; "onbekend" is last where the dimension has it, and left out when nothing falls in it.</summary>
    public IReadOnlyList<(string Key, string Label)> Groups { get; }

    /// <summary>The number of the "onbekend" group, or −1.</summary>
    public int UnknownGroup { get; }

    /// <summary>The group of a trajectory; −1 when the dimension does not sort trajectories (certificate kind, funder) or it has none (a running trajectory's outcome).</summary>
    public int GroupOf(in PackedTrajectory trajectory) => _dimension switch
    {
        Dimension.Funder => -1,
        Dimension.TargetGroup => _byCode[trajectory.TargetGroup],
        Dimension.AgeGroup => trajectory.AgeGroup == 0 ? UnknownGroup : _byCode[trajectory.AgeGroup],
        Dimension.TrajectoryType => _byCode[trajectory.TrajectoryType],
        Dimension.Scheme => trajectory.Scheme == 0 ? UnknownGroup : _byCode[trajectory.Scheme],
        Dimension.Outcome => trajectory.Outcome == 0 ? -1 : _byCode[trajectory.Outcome],
        Dimension.CertificateKind => -1,
        _ => _byPractice[trajectory.Practice],
    };

    /// <summary>The group of a certificate: its practice, its kind, or its attributed trajectory's attribute.</summary>
    public int GroupOf(in PackedCertificate certificate) => _dimension switch
    {
        Dimension.CertificateKind => _byCode[certificate.Kind],
        Dimension.Outcome or Dimension.Funder => -1,
        _ when _dimension.IsParticipantAttribute() => certificate.Trajectory >= 0 ? GroupOf(_trajectories[certificate.Trajectory]) : UnknownGroup,
        _ => _byPractice[certificate.Practice],
    };

    /// <summary>The group of sales totals at a practice (its index): only the practice dimensions sort sales.</summary>
    public int GroupOfSales(int practice) => _byPractice[practice];

    /// <summary>The group of an investment at a practice (its index): its funder's, or its practice's.</summary>
    public int GroupOf(InvestmentFact investment, int practice) =>
        _dimension == Dimension.Funder ? _numbers.GetValueOrDefault(investment.Funder, UnknownGroup) : _byPractice[practice];

    private static bool IsAboutPractices(Dimension dimension) =>
        dimension is Dimension.Organisation or Dimension.Store or Dimension.Practice or Dimension.PracticeKind;

    private static List<(string Key, string Label)> GroupsOf(Dimension dimension, IReadOnlyList<PracticeInfo> practices, IndicatorFilter filter)
    {
        IEnumerable<(string, string)> CodeGroups(CodeList list, IReadOnlySet<string> selected) =>
            list.Codes.Where(c => selected.Count == 0 || selected.Contains(c)).Select(c => (c, c)).Append((Unknown, Unknown));

        return dimension switch
        {
            Dimension.Organisation => practices.Select(p => p.OrganisationName).Distinct()
                .Order(StringComparer.Ordinal).Select(n => (n, n)).ToList(),
            Dimension.Store => practices.DistinctBy(p => p.StoreCode).OrderBy(p => p.StoreCode, StringComparer.Ordinal)
                .Select(p => (p.StoreCode, $"{p.StoreName} ({p.StoreCode})")).ToList(),
            Dimension.Practice => practices.OrderBy(p => p.StoreCode, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => (p.Path, $"{p.Name} ({p.Path})")).ToList(),
            Dimension.PracticeKind => Codes.PracticeKinds.Codes.Where(k => practices.Any(p => p.Kind == k)).Select(k => (k, k)).ToList(),
            Dimension.TargetGroup => CodeGroups(Codes.TargetGroups, filter.TargetGroups).ToList(),
            Dimension.AgeGroup => CodeGroups(Codes.AgeGroups, filter.AgeGroups).ToList(),
            Dimension.TrajectoryType => CodeGroups(Codes.TrajectoryTypes, filter.TrajectoryTypes).ToList(),
            Dimension.Scheme => CodeGroups(Codes.Schemes, filter.Schemes).ToList(),
            Dimension.Outcome => Codes.Outcomes.Codes.Select(c => (c, c)).ToList(),
            Dimension.CertificateKind => Codes.CertificateKinds.Codes.Select(c => (c, c)).ToList(),
            Dimension.Funder => Codes.Funders.Codes.Select(c => (c, c)).Append((Unknown, Unknown)).ToList(),
            _ => throw new InvalidOperationException($"{dimension} does not sort facts into groups"),
        };
    }

    private string KeyOf(PracticeInfo practice) => _dimension switch
    {
        Dimension.Organisation => practice.OrganisationName,
        Dimension.Store => practice.StoreCode,
        Dimension.Practice => practice.Path,
        Dimension.PracticeKind => practice.Kind,
        _ => throw new InvalidOperationException($"{_dimension} is not a practice dimension"),
    };
}
