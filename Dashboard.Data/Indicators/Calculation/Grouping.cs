using Dashboard.Data.Domain;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Filtering;

namespace Dashboard.Data.Indicators.Calculation;

/// <summary>
/// How a breakdown sorts facts into groups (SPEC §3): every group in scope gets a row, zeros included, in
/// display order — organisations by name, stores and practices by code, codes in the order of their list;
/// a participant or certificate without a value for the dimension goes to "onbekend".
/// </summary>
internal sealed class Grouping(Dimension dimension, IReadOnlyDictionary<long, PracticeInfo> practices)
{
    public const string Unknown = "onbekend";

    public Dimension Dimension => dimension;

    /// <summary>The group keys in display order (not for time breakdowns, whose groups are periods).</summary>
    public IReadOnlyList<(string Key, string Label)> Groups(IndicatorFilter filter, bool anyUnknown)
    {
        IEnumerable<(string, string)> CodeGroups(CodeList list, IReadOnlySet<string> selected) =>
            list.Codes.Where(c => selected.Count == 0 || selected.Contains(c)).Select(c => (c, c))
                .Concat(anyUnknown ? [(Unknown, Unknown)] : []);

        return dimension switch
        {
            Dimension.Organisation => practices.Values.Select(p => p.OrganisationName).Distinct()
                .Order(StringComparer.Ordinal).Select(n => (n, n)).ToList(),
            Dimension.Store => practices.Values.DistinctBy(p => p.StoreCode).OrderBy(p => p.StoreCode, StringComparer.Ordinal)
                .Select(p => (p.StoreCode, $"{p.StoreName} ({p.StoreCode})")).ToList(),
            Dimension.Practice => practices.Values.OrderBy(p => p.StoreCode, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => (p.Path, $"{p.Name} ({p.Path})")).ToList(),
            Dimension.PracticeKind => Domain.Codes.PracticeKinds.Codes.Where(k => practices.Values.Any(p => p.Kind == k)).Select(k => (k, k)).ToList(),
            Dimension.TargetGroup => CodeGroups(Domain.Codes.TargetGroups, filter.TargetGroups).ToList(),
            Dimension.AgeGroup => CodeGroups(Domain.Codes.AgeGroups, filter.AgeGroups).ToList(),
            Dimension.TrajectoryType => CodeGroups(Domain.Codes.TrajectoryTypes, filter.TrajectoryTypes).ToList(),
            Dimension.Scheme => CodeGroups(Domain.Codes.Schemes, filter.Schemes).ToList(),
            Dimension.Outcome => Domain.Codes.Outcomes.Codes.Select(c => (c, c)).ToList(),
            Dimension.CertificateKind => Domain.Codes.CertificateKinds.Codes.Select(c => (c, c)).ToList(),
            _ => throw new InvalidOperationException($"{dimension} groups by period"),
        };
    }

    /// <summary>The group of a trajectory; null when the dimension does not sort trajectories (certificate kind) or it has none (a running trajectory's outcome).</summary>
    public string? KeyOf(TrajectoryFact trajectory) => dimension switch
    {
        Dimension.TargetGroup => trajectory.TargetGroup,
        Dimension.AgeGroup => trajectory.AgeGroup ?? Unknown,
        Dimension.TrajectoryType => trajectory.TrajectoryType,
        Dimension.Scheme => trajectory.Scheme ?? Unknown,
        Dimension.Outcome => trajectory.Outcome,
        Dimension.CertificateKind => null,
        _ => KeyOfPractice(trajectory.PracticeId),
    };

    /// <summary>The group of a certificate: its practice, its kind, or its attributed trajectory's attribute.</summary>
    public string? KeyOf(CertificateFact certificate) => dimension switch
    {
        Dimension.CertificateKind => certificate.Kind,
        Dimension.Outcome => null,
        _ when dimension.IsParticipantAttribute() => certificate.Trajectory is { } trajectory ? KeyOf(trajectory) : Unknown,
        _ => KeyOfPractice(certificate.PracticeId),
    };

    /// <summary>The group of sales totals: only the practice dimensions sort sales.</summary>
    public string? KeyOf(in SalesFact sales) =>
        dimension is Dimension.Organisation or Dimension.Store or Dimension.Practice or Dimension.PracticeKind
            ? KeyOfPractice(sales.PracticeId)
            : null;

    private string KeyOfPractice(long practiceId)
    {
        var practice = practices[practiceId];
        return dimension switch
        {
            Dimension.Organisation => practice.OrganisationName,
            Dimension.Store => practice.StoreCode,
            Dimension.Practice => practice.Path,
            Dimension.PracticeKind => practice.Kind,
            _ => throw new InvalidOperationException($"{dimension} is not a practice dimension"),
        };
    }
}
