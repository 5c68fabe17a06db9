namespace Dashboard.Data.Installation.Demo;

/// <summary>When the demo stores are open and how busy a day is: closed on Sundays and public holidays, busiest on Saturdays.</summary>
internal static class ShopCalendar
{
    private static readonly double[] ByWeekday = [0, 0.80, 0.90, 1.00, 0.95, 1.10, 1.50]; // Sunday … Saturday

    public static bool IsOpen(DemoStore store, DateOnly day) =>
        day.DayOfWeek != DayOfWeek.Sunday
        && !(store.ClosedOnMonday && day.DayOfWeek == DayOfWeek.Monday)
        && !IsPublicHoliday(day);

    /// <summary>How busy the day is compared with an average Wednesday.</summary>
    public static double Busyness(DateOnly day)
    {
        var factor = ByWeekday[(int)day.DayOfWeek];
        if (day is { Month: 12, Day: 24 or 31 })
        {
            factor *= 0.6; // open until four
        }
        if (day == KingsDay(day.Year))
        {
            factor *= 0.5; // the whole town is at the free market
        }
        return factor;
    }

    private static bool IsPublicHoliday(DateOnly day)
    {
        if (day is { Month: 1, Day: 1 } or { Month: 12, Day: 25 or 26 })
        {
            return true;
        }
        var easter = EasterSunday(day.Year);
        return day == easter.AddDays(1) || day == easter.AddDays(39) || day == easter.AddDays(50);
    }

    private static DateOnly KingsDay(int year)
    {
        var day = new DateOnly(year, 4, 27);
        return day.DayOfWeek == DayOfWeek.Sunday ? day.AddDays(-1) : day;
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
