using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Tests.Imports.Parsing;

public class NumberTextTests
{
    [Theory]
    [InlineData("1.234,56", "1234.56")]
    [InlineData("1.234", "1234")]
    [InlineData("1.234.567,8", "1234567.8")]
    [InlineData("12,5", "12.5")]
    [InlineData("-3,50", "-3.5")]
    [InlineData("€ 12,50", "12.5")]
    [InlineData("€12,50", "12.5")]
    [InlineData("€ 1.234,56", "1234.56")]
    [InlineData("-€ 3,50", "-3.5")]
    [InlineData("€ -3,50", "-3.5")]
    [InlineData("310", "310")]
    [InlineData("0,25", "0.25")]
    [InlineData(" 42 ", "42")]
    [InlineData("€-3,50", "-3.5")]
    [InlineData("1 234,56", "1234.56")]      // spaces, also non-breaking ones as Excel writes them, are dropped
    [InlineData("€\u00A01.234,56", "1234.56")]
    [InlineData("123.456.789.012.345.678", "123456789012345678")]       // eighteen digits
    [InlineData("1.234.567.890.123.456.789,5", "1234567890123456789.5")] // more than a long holds
    public void Semicolon_file_reads_Dutch_numbers(string text, string expected)
    {
        Assert.True(NumberText.TryParse(new Cell(text), NumberDialect.DecimalComma, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    /// <summary>The decimals as written stay, as decimal.Parse keeps them: a report shows "12,50 is geen geheel getal", not "12,5".</summary>
    [Theory]
    [InlineData("12,50", NumberDialect.DecimalComma, "12.50")]
    [InlineData("-0,0", NumberDialect.DecimalComma, "0.0")]
    [InlineData("1.000", NumberDialect.DecimalComma, "1000")]
    [InlineData("7.250", NumberDialect.DecimalPoint, "7.250")]
    public void A_number_keeps_the_decimals_it_was_written_with(string text, NumberDialect dialect, string expected)
    {
        Assert.True(NumberText.TryParse(new Cell(text), dialect, out var value, out var problem), problem);
        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("310.5")]     // a decimal point where the file uses a decimal comma: refused, not guessed
    [InlineData("1.5")]
    [InlineData("12.34,5")]   // '.' not between groups of three
    [InlineData("1234.567")]  // a first group of four digits
    [InlineData("1.234.56")]
    [InlineData(".5")]
    [InlineData("1,2,3")]
    [InlineData("12,")]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("--3")]
    public void Semicolon_file_refuses_other_number_forms(string text)
    {
        Assert.False(NumberText.TryParse(new Cell(text), NumberDialect.DecimalComma, out _, out var problem));
        Assert.Contains($"'{text}'", problem);
    }

    [Fact]
    public void Semicolon_file_problem_explains_the_dialect()
    {
        NumberText.TryParse(new Cell("310.5"), NumberDialect.DecimalComma, out _, out var problem);
        Assert.Contains("komma", problem);
        Assert.Contains("1.234,56", problem);
    }

    [Theory]
    [InlineData("1234.56", "1234.56")]
    [InlineData("12.5", "12.5")]
    [InlineData("-3.50", "-3.5")]
    [InlineData("1.234", "1.234")] // in a ',' file the point is the decimal point
    [InlineData("€ 12.50", "12.5")]
    [InlineData("7", "7")]
    public void Comma_file_reads_decimal_point_numbers(string text, string expected)
    {
        Assert.True(NumberText.TryParse(new Cell(text), NumberDialect.DecimalPoint, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1,234.56")] // thousands separator: refused in a ',' file
    [InlineData("1,234")]
    [InlineData("1,5")]
    [InlineData("1.234.567")]
    [InlineData("1.2.3")]
    public void Comma_file_refuses_thousands_separators_and_decimal_commas(string text)
    {
        Assert.False(NumberText.TryParse(new Cell(text), NumberDialect.DecimalPoint, out _, out var problem));
        Assert.Contains("zonder duizendtalscheiding", problem);
    }

    [Theory]
    [InlineData("310.5", "310.5")]
    [InlineData("1234", "1234")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("1E-3", "0.001")]
    public void Spreadsheet_numeric_cell_is_exact_whatever_the_dialect(string raw, string expected)
    {
        Assert.True(NumberText.TryParse(new Cell(raw, IsNumber: true), NumberDialect.DecimalComma, out var value, out var problem), problem);
        Assert.Equal(decimal.Parse(expected, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture), value);
    }
}
