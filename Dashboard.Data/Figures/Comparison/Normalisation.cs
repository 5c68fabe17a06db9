namespace Dashboard.Data.Figures.Comparison;

/// <summary>How counts and sums are made comparable between stores of different size (docs/indicatoren.md#vergelijken).</summary>
public enum Normalisation
{
    None,
    PerParticipant,
    PerThousandParticipantHours,
    PerSquareMetre,
}

/// <summary>The normalisations' names in links and on the command line (<c>norm=uren</c>, <c>--per uren</c>).</summary>
public static class NormalisationKeys
{
    public static readonly IReadOnlyDictionary<string, Normalisation> All = new Dictionary<string, Normalisation>
    {
        ["geen"] = Normalisation.None,
        ["deelnemer"] = Normalisation.PerParticipant,
        ["uren"] = Normalisation.PerThousandParticipantHours,
        ["m2"] = Normalisation.PerSquareMetre,
    };

    /// <summary>The normalisation of a key; null for an unknown key.</summary>
    public static Normalisation? Parse(string key) => All.TryGetValue(key, out var normalisation) ? normalisation : null;
}
