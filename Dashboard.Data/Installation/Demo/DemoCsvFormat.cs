using System.Globalization;
using System.Text;
using Dashboard.Data.Imports.Reading;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// How one demo file writes its fields, as one of the forms docs/importbestanden.md#algemene-regels accepts: ';' with the decimal comma
/// (and perhaps '.' between thousands), or ',' with the decimal point; dates day first or ISO. All
/// formatting is explicit, never the machine's culture, so the bytes are the same everywhere.
/// </summary>
internal sealed record DemoCsvFormat(char Delimiter, Encoding Encoding, string DateFormat, bool ThousandsSeparator)
{
    private NumberFormatInfo Numbers { get; } = new()
    {
        NumberDecimalSeparator = Delimiter == ';' ? "," : ".",
        NumberGroupSeparator = Delimiter == ';' ? "." : string.Empty,
        NegativeSign = "-",
    };

    /// <summary>As Dutch Excel saves "CSV (gescheiden door lijstscheidingsteken)".</summary>
    public static DemoCsvFormat DutchExcel(string dateFormat, bool thousandsSeparator) =>
        new(';', FileInspector.Windows1252, dateFormat, thousandsSeparator);

    /// <summary>As Excel saves "CSV UTF-8", or a till system exports.</summary>
    public static DemoCsvFormat Utf8(string dateFormat, bool byteOrderMark) =>
        new(',', new UTF8Encoding(byteOrderMark), dateFormat, ThousandsSeparator: false);

    public string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string Date(DateOnly? date) => date is { } d ? Date(d) : string.Empty;

    /// <summary>A number with at most <paramref name="decimals"/> decimals, trailing zeros dropped.</summary>
    public string Number(decimal value, int decimals = 0) =>
        value.ToString((ThousandsSeparator ? "#,##0" : "0") + (decimals > 0 ? "." + new string('#', decimals) : ""), Numbers);

    /// <summary>An amount in euros with its cents.</summary>
    public string Money(long cents) => (cents / 100m).ToString(ThousandsSeparator ? "#,##0.00" : "0.00", Numbers);

    public string Whole(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Empty;
}
