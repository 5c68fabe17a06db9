namespace Dashboard.Data.Domain;

/// <summary>
/// The days the dashboard knows: every date an import takes and every period shown lies within them. Generous for the
/// data of a store — trajectories, certificates and sales of today, and what is entered in advance — yet a bound, so a
/// period's previous period and the same period last year always exist.
/// </summary>
public static class KnownDates
{
    public static readonly DateOnly First = new(1900, 1, 1);

    public static readonly DateOnly Last = new(2199, 12, 31);
}
