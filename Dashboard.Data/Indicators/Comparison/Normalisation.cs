namespace Dashboard.Data.Indicators.Comparison;

/// <summary>How counts and sums are made comparable between stores of different size (SPEC §3.5).</summary>
public enum Normalisation
{
    None,
    PerParticipant,
    PerThousandParticipantHours,
    PerSquareMetre,
}
