using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Figures.Filtering;

/// <summary>
/// A period [From, To], both days included (docs/indicatoren.md#regels-voor-elk-cijfer). Knows whether it is a calendar month, quarter or
/// year, which decides its previous period (docs/indicatoren.md#vergelijken). A period a user asks for lies within <see cref="KnownDates"/>
/// and spans at most <see cref="MaxYears"/> years (<see cref="Problem"/>); none longer can be built at all, since every
/// figure, breakdown and chart costs time in proportion to a period's months.
/// </summary>
public readonly record struct Period
{
    /// <summary>
    /// The longest period: people look at months, quarters and years, at most a few decades of a store's history; 50
    /// years is 600 months on a trend chart, drawn in well under a second, where 5,000 years took minutes and gigabytes.
    /// </summary>
    public const int MaxYears = 50;

    /// <summary>
    /// How early a period may start at all: room for the previous period and the same period last year of every period a
    /// user may choose (from <see cref="KnownDates.First"/>), so those always exist.
    /// </summary>
    private static readonly DateOnly EarliestComparison = KnownDates.First.AddYears(-MaxYears - 1);

    public Period(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"the period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        }
        // Counted in days, not calendar years: a previous period has the same number of days, which may reach a day past
        // the same date 50 years on when fewer leap days fall in it.
        if (from < EarliestComparison || to > KnownDates.Last || to.DayNumber - from.DayNumber >= MaxYears * 366)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"the period {from:yyyy-MM-dd}..{to:yyyy-MM-dd} is longer than {MaxYears} years "
                + $"or not within {EarliestComparison:yyyy-MM-dd}..{KnownDates.Last:yyyy-MM-dd}");
        }
        From = from;
        To = to;
    }

    /// <summary>
    /// Why [<paramref name="from"/>, <paramref name="to"/>] cannot be the period a user asks for, in Dutch; null when it
    /// can. Checked where a period comes from a link, the filter bar or the command line, before anything is computed.
    /// </summary>
    public static string? Problem(DateOnly from, DateOnly to)
    {
        var asked = $"{Show(from)} t/m {Show(to)}";
        if (to < from)
        {
            return $"De periode {asked} eindigt vóór ze begint.";
        }
        if (TooLong(from, to))
        {
            return $"De periode {asked} is langer dan {MaxYears} jaar, de langste periode die het dashboard toont: kies een kortere.";
        }
        if (from < KnownDates.First || to > KnownDates.Last)
        {
            return $"De periode {asked} ligt niet tussen {Show(KnownDates.First)} en {Show(KnownDates.Last)}, de datums die het dashboard kent: "
                + "kies een periode daarbinnen.";
        }
        return null;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }

    /// <summary>The number of days in the period, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= From && day <= To;

    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static Period Quarter(int year, int quarter) =>
        new(new DateOnly(year, quarter * 3 - 2, 1), new DateOnly(year, quarter * 3, DateTime.DaysInMonth(year, quarter * 3)));

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>1 January up to and including <paramref name="day"/>.</summary>
    public static Period YearToDate(DateOnly day) => new(new DateOnly(day.Year, 1, 1), day);

    public bool IsCalendarMonth => From.Day == 1 && To == Month(From.Year, From.Month).To;

    public bool IsCalendarQuarter => From.Day == 1 && From.Month % 3 == 1 && To == Quarter(From.Year, (From.Month + 2) / 3).To;

    public bool IsCalendarYear => From == new DateOnly(From.Year, 1, 1) && To == new DateOnly(From.Year, 12, 31);

    /// <summary>From 1 January to a day of the same year: targets are prorated over it (docs/indicatoren.md#streefwaarden).</summary>
    public bool IsYearToDate => From == new DateOnly(From.Year, 1, 1) && To.Year == From.Year;

    /// <summary>
    /// The previous calendar month, quarter or year for such a period; for any other period the same number
    /// of days directly before it (docs/indicatoren.md#vergelijken).
    /// </summary>
    public Period Previous()
    {
        if (IsCalendarYear)
        {
            return Year(From.Year - 1);
        }
        if (IsCalendarQuarter)
        {
            var start = From.AddMonths(-3);
            return Quarter(start.Year, (start.Month + 2) / 3);
        }
        if (IsCalendarMonth)
        {
            var start = From.AddMonths(-1);
            return Month(start.Year, start.Month);
        }
        return new Period(From.AddDays(-Days), From.AddDays(-1));
    }

    /// <summary>The same period one year earlier (29 February becomes 28 February).</summary>
    public Period LastYear() =>
        IsCalendarMonth ? Month(From.Year - 1, From.Month) : new Period(From.AddYears(-1), To.AddYears(-1));

    /// <summary>The months, quarters or years that overlap the period, each clipped to it.</summary>
    public IReadOnlyList<Period> Split(TimeGrain grain)
    {
        var parts = new List<Period>();
        var start = grain switch
        {
            TimeGrain.Month => Month(From.Year, From.Month),
            TimeGrain.Quarter => Quarter(From.Year, (From.Month + 2) / 3),
            _ => Year(From.Year),
        };
        while (true)
        {
            parts.Add(new Period(Max(start.From, From), Min(start.To, To)));
            if (start.To >= To)
            {
                return parts;
            }
            var next = start.To.AddDays(1);
            start = grain switch
            {
                TimeGrain.Month => Month(next.Year, next.Month),
                TimeGrain.Quarter => Quarter(next.Year, (next.Month + 2) / 3),
                _ => Year(next.Year),
            };
        }
    }

    /// <summary>The calendar months the period covers whole, as the first and last (null when it covers none).</summary>
    public (DateOnly First, DateOnly Last)? WholeMonths()
    {
        var whole = Split(TimeGrain.Month).Where(m => m.IsCalendarMonth).ToList();
        return whole.Count == 0 ? null : (whole[0].From, whole[^1].From);
    }

    /// <summary>The parts of the months the period cuts through: at most its first and its last month, clipped.</summary>
    public IReadOnlyList<Period> CutMonths() => Split(TimeGrain.Month).Where(m => !m.IsCalendarMonth).ToList();

    /// <summary>The group name of a month, quarter or year in a breakdown: jjjj-mm, jjjj-Qn or jjjj.</summary>
    public string Label(TimeGrain grain) => grain switch
    {
        TimeGrain.Month => From.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        TimeGrain.Quarter => $"{From.Year}-Q{(From.Month + 2) / 3}",
        _ => From.Year.ToString(CultureInfo.InvariantCulture),
    };

    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";

    /// <summary>Whether the period spans more than <see cref="MaxYears"/> years: it reaches the same day that many years on.</summary>
    private static bool TooLong(DateOnly from, DateOnly to) =>
        from.Year <= DateOnly.MaxValue.Year - MaxYears && to >= from.AddYears(MaxYears);

    private static string Show(DateOnly day) => day.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

public enum TimeGrain
{
    Month,
    Quarter,
    Year,
}
