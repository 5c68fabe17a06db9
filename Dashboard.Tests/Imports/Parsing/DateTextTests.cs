using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Tests.Imports.Parsing;

public class DateTextTests
{
    [Theory]
    [InlineData("01-03-2025", 2025, 3, 1)]
    [InlineData("1-3-2025", 2025, 3, 1)]
    [InlineData("31-12-2025", 2025, 12, 31)]
    [InlineData("01/03/2025", 2025, 3, 1)]
    [InlineData("1/3/2025", 2025, 3, 1)]
    [InlineData("01.03.2025", 2025, 3, 1)]
    [InlineData("1.3.2025", 2025, 3, 1)]
    [InlineData("01-03-25", 2025, 3, 1)]   // two-digit year = 20jj
    [InlineData("1-3-99", 2099, 3, 1)]
    [InlineData("29-02-2024", 2024, 2, 29)]
    [InlineData("2025-03-01", 2025, 3, 1)] // ISO
    [InlineData("2025-3-1", 2025, 3, 1)]
    [InlineData("01-03-2025 14:35", 2025, 3, 1)]      // a till export's time is ignored
    [InlineData("01-03-2025 14:35:59", 2025, 3, 1)]
    [InlineData("2025-03-01T14:35:00", 2025, 3, 1)]
    [InlineData("2025-03-01 23:59", 2025, 3, 1)]
    [InlineData(" 01-03-2025 ", 2025, 3, 1)]
    public void Reads_day_first_and_iso_dates(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(new Cell(text), out var date, out var problem), problem);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31-02-2025")] // impossible
    [InlineData("29-02-2025")] // not a leap year
    [InlineData("12-31-2025")] // US order: month 31
    [InlineData("00-03-2025")]
    [InlineData("01-13-2025")]
    [InlineData("32-01-2025")]
    public void Refuses_dates_that_do_not_exist_as_day_month_year(string text)
    {
        Assert.False(DateText.TryParse(new Cell(text), out _, out var problem));
        Assert.Equal($"'{text}' bestaat niet als datum (dag-maand-jaar)", problem);
    }

    [Theory]
    [InlineData("2025/03/01")] // ISO is written with '-'
    [InlineData("1-3-202")]
    [InlineData("01-03")]
    [InlineData("maart 2025")]
    [InlineData("20250301")]
    [InlineData("01-03-2025-01")]
    [InlineData("a1-03-2025")]
    [InlineData("1-3-")]
    [InlineData("-1-3-2025")]
    [InlineData("1--2025")]
    [InlineData("1-3/2025")]   // two different separators
    public void Refuses_text_that_is_no_date(string text)
    {
        Assert.False(DateText.TryParse(new Cell(text), out _, out var problem));
        Assert.Contains($"'{text}'", problem);
        Assert.Contains("dd-mm-jjjj", problem);
    }

    [Theory]
    [InlineData("45717", 2025, 3, 1)]     // Excel's serial number of 01-03-2025
    [InlineData("45717.75", 2025, 3, 1)]  // a date-time cell: the time is ignored
    [InlineData("2", 1900, 1, 1)]
    [InlineData("109574", 2199, 12, 31)]
    public void Reads_a_spreadsheet_date_cell(string serial, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(new Cell(serial, IsNumber: true), out var date, out var problem), problem);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999999")]
    public void Refuses_a_numeric_cell_outside_the_calendar(string serial)
    {
        Assert.False(DateText.TryParse(new Cell(serial, IsNumber: true), out _, out var problem));
        Assert.Contains("geen datum", problem);
    }

    [Theory]
    [InlineData("31-12-1899")]
    [InlineData("0001-01-01")]
    [InlineData("01-01-2200")]
    [InlineData("9999-12-31")]
    public void Refuses_a_date_before_1900_or_after_2199_saying_so(string text)
    {
        Assert.False(DateText.TryParse(new Cell(text), out _, out var problem));
        Assert.Equal($"'{text}' ligt niet tussen 1900 en 2199", problem);
    }

    [Theory]
    [InlineData("1", "31-12-1899")]
    [InlineData("109575", "01-01-2200")]
    [InlineData("2958465", "31-12-9999")]
    public void Refuses_a_spreadsheet_date_cell_before_1900_or_after_2199(string serial, string date)
    {
        Assert.False(DateText.TryParse(new Cell(serial, IsNumber: true), out _, out var problem));
        Assert.Equal($"'{serial}' is de datum {date}, die niet tussen 1900 en 2199 ligt", problem);
    }
}
