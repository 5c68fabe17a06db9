using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Import.Reading;

/// <summary>
/// Streams a CSV file. The delimiter (';' or ',') is detected from the header row and fixes how numbers
/// are read (SPEC §2); the encoding comes from <see cref="FileInspector"/>.
/// </summary>
public sealed class CsvRowSource : IRowSource
{
    private readonly StreamReader _reader;
    private readonly CsvParser _parser;
    private string[] _fields = [];

    public CsvRowSource(string path, Encoding encoding)
    {
        var delimiter = DetectDelimiter(path, encoding);
        Delimiter = delimiter;
        Dialect = delimiter == ';' ? NumberDialect.DecimalComma : NumberDialect.DecimalPoint;
        _reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions
        {
            BufferSize = 1 << 16,
            Options = FileOptions.SequentialScan,
        });
        _parser = new CsvParser(_reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = false, // a blank line is a row in Excel too, so row numbers stay as the user sees them
            BufferSize = 1 << 16,
        });
        if (!_parser.Read())
        {
            throw new ImportRefusedException("Het bestand is leeg: er staat geen kopregel in.");
        }
        Headers = _parser.Record!.Select(h => h.Trim()).ToArray();
    }

    public IReadOnlyList<string> Headers { get; }

    public NumberDialect Dialect { get; }

    /// <summary>The delimiter the header row showed: ';' or ','.</summary>
    public char Delimiter { get; }

    public int RowNumber => _parser.Row;

    public int FieldCount => _fields.Length;

    public Cell this[int index] => index < _fields.Length ? new Cell(_fields[index]) : Cell.Empty;

    public bool Read()
    {
        while (_parser.Read())
        {
            var fields = _parser.Record!;
            foreach (var field in fields)
            {
                if (!string.IsNullOrWhiteSpace(field))
                {
                    _fields = fields;
                    return true;
                }
            }
        }
        return false;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    /// <summary>';' when the header row holds one outside quotes, else ','.</summary>
    private static char DetectDelimiter(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? string.Empty;
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in header)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case ';' when !quoted: semicolons++; break;
                case ',' when !quoted: commas++; break;
            }
        }
        if (semicolons == 0 && commas == 0)
        {
            throw new ImportRefusedException(
                "De kopregel bevat geen ';' of ',': is dit wel een CSV-bestand met kolomnamen op de eerste regel?");
        }
        return semicolons >= commas ? ';' : ',';
    }
}
