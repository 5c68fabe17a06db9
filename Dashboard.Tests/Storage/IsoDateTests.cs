using System.Text;
using Dashboard.Data.Storage;

namespace Dashboard.Tests.Storage;

public class IsoDateTests
{
    [Theory]
    [InlineData(2025, 3, 1)]
    [InlineData(1900, 12, 31)]
    [InlineData(2199, 1, 9)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void The_utf8_form_a_bulk_import_binds_is_the_text_every_other_query_compares_with(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Span<byte> buffer = stackalloc byte[10];

        Assert.Equal(IsoDate.Format(date), Encoding.UTF8.GetString(IsoDate.Utf8(date, buffer)));
    }
}
