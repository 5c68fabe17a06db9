namespace Dashboard.Data.Figures.Filtering;

/// <summary>What a breakdown groups by (docs/indicatoren.md#regels-voor-elk-cijfer); <see cref="Dimensions"/> holds the command-line names.</summary>
public enum Dimension
{
    Organisation,
    Store,
    Practice,
    PracticeKind,
    TargetGroup,
    AgeGroup,
    TrajectoryType,
    Scheme,
    Outcome,
    CertificateKind,
    Month,
    Quarter,
    Year,

    /// <summary>The value map's stakeholders (W1, W4 only): as first spelled, in map order.</summary>
    Stakeholder,

    /// <summary>The value map's rows (W1, W4 only), by code in map order.</summary>
    ValueMapRow,

    /// <summary>The funders of the investments (W2 only).</summary>
    Funder,
}

public static class Dimensions
{
    /// <summary>The command line's names (--by), Dutch like the pages' URL parameters.</summary>
    private static readonly Dictionary<string, Dimension> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["org"] = Dimension.Organisation,
        ["winkel"] = Dimension.Store,
        ["praktijk"] = Dimension.Practice,
        ["soort"] = Dimension.PracticeKind,
        ["doelgroep"] = Dimension.TargetGroup,
        ["leeftijdsgroep"] = Dimension.AgeGroup,
        ["traject"] = Dimension.TrajectoryType,
        ["regeling"] = Dimension.Scheme,
        ["uitstroom"] = Dimension.Outcome,
        ["certificaatsoort"] = Dimension.CertificateKind,
        ["maand"] = Dimension.Month,
        ["kwartaal"] = Dimension.Quarter,
        ["jaar"] = Dimension.Year,
        ["belanghebbende"] = Dimension.Stakeholder,
        ["waarderegel"] = Dimension.ValueMapRow,
        ["financier"] = Dimension.Funder,
    };

    /// <summary>The English names the command line had before (old spelling → name): still understood.</summary>
    public static readonly IReadOnlyDictionary<string, string> Renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["store"] = "winkel",
        ["practice"] = "praktijk",
        ["kind"] = "soort",
        ["month"] = "maand",
        ["quarter"] = "kwartaal",
        ["year"] = "jaar",
    };

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The dimension of a name, or of an old spelling; null for anything else.</summary>
    public static Dimension? Parse(string name) =>
        ByName.TryGetValue(Renamed.GetValueOrDefault(name.Trim(), name.Trim()), out var dimension) ? dimension : null;

    public static string Name(this Dimension dimension) => ByName.First(p => p.Value == dimension).Key;

    /// <summary>A participant attribute: sales carry none, so money and environment figures are n.v.t. under it.</summary>
    public static bool IsParticipantAttribute(this Dimension dimension) =>
        dimension is Dimension.TargetGroup or Dimension.AgeGroup or Dimension.TrajectoryType or Dimension.Scheme;

    /// <summary>
    /// A breakdown of the social value itself rather than of the facts: the groups share the total's facts and each values
    /// part of the value map (see docs/maatschappelijke-waarde.md#berekening).
    /// </summary>
    public static bool IsValueMapPart(this Dimension dimension) => dimension is Dimension.Stakeholder or Dimension.ValueMapRow;

    public static TimeGrain? Grain(this Dimension dimension) => dimension switch
    {
        Dimension.Month => TimeGrain.Month,
        Dimension.Quarter => TimeGrain.Quarter,
        Dimension.Year => TimeGrain.Year,
        _ => null,
    };
}
