namespace Dashboard.Data.Figures.Results;

/// <summary>
/// A figure as computed, before protection: its exact value (null = geen gegevens, a zero denominator) and
/// what protection and "hoe berekend?" need — the source rows used, the distinct participants who contribute,
/// and for a rate its numerator and denominator.
/// </summary>
public readonly record struct Measure(decimal? Value, long SourceRows, int Contributors = 0, long? Numerator = null, long? Denominator = null)
{
    public static Measure Count(long count, long sourceRows, int contributors = 0) => new(count, sourceRows, contributors);
}
