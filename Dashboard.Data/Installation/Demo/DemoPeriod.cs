namespace Dashboard.Data.Installation.Demo;

/// <summary>The days the demo sector covers: every trajectory, certificate and sale lies within them.</summary>
internal static class DemoPeriod
{
    public static readonly DateOnly First = new(2023, 1, 1);
    public static readonly DateOnly Last = new(2026, 10, 31);

    public static IEnumerable<int> Years => Enumerable.Range(First.Year, Last.Year - First.Year + 1);

    public static DateOnly Latest(DateOnly a, DateOnly? b) => b is { } other && other > a ? other : a;

    public static DateOnly Earliest(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The same day when it is a working day, else the Monday after: people start and leave on weekdays.</summary>
    public static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
