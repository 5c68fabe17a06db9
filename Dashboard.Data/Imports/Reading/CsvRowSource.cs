using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// Streams a CSV file. The delimiter (';' or ',') is detected from the header row and fixes how numbers
/// are read (docs/importbestanden.md); the encoding comes from <see cref="FileInspector"/>. A row with more fields than
/// <see cref="ImportLimits.MaxColumns"/>, a field longer than <see cref="ImportLimits.MaxFieldCharacters"/> or more
/// rows than <see cref="ImportLimits.MaxRows"/> refuse the file, with the limit named, before they fill memory.
/// </summary>
public sealed class CsvRowSource : IRowSource
{
    private readonly ImportLimits _limits;
    private readonly CsvParser _parser;
    private string[] _fields = [];

    public CsvRowSource(string path, Encoding encoding, ImportLimits limits)
    {
        _limits = limits;
        var delimiter = DetectDelimiter(path, encoding);
        Delimiter = delimiter;
        Dialect = delimiter == ';' ? NumberDialect.DecimalComma : NumberDialect.DecimalPoint;
        var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions
        {
            BufferSize = 1 << 16,
            Options = FileOptions.SequentialScan,
        });
        _parser = new CsvParser(new CsvFieldCounter(reader, delimiter, limits), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = false, // a blank line is a row in Excel too, so row numbers stay as the user sees them
            BufferSize = 1 << 16,
            MaxFieldSize = limits.MaxFieldCharacters,
        });
        try
        {
            if (!ReadRecord())
            {
                throw new ImportRefusedException(new ImportText("Csv.NoHeader"));
            }
        }
        catch
        {
            Dispose();
            throw;
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
        while (ReadRecord())
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

    public void Dispose() => _parser.Dispose();

    /// <summary>The parser's next record, within the limits.</summary>
    private bool ReadRecord()
    {
        try
        {
            if (!_parser.Read())
            {
                return false;
            }
        }
        catch (MaxFieldSizeException)
        {
            throw LimitExceeded.CellText(_limits, new ImportText("Csv.Field", _parser.Row));
        }
        if (_parser.Row - 1 > _limits.MaxRows)
        {
            throw LimitExceeded.Rows(_limits);
        }
        return true;
    }

    /// <summary>';' when the header row holds one outside quotes, else ','. The line is counted, never held.</summary>
    private static char DetectDelimiter(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[4096];
        long semicolons = 0, commas = 0;
        var quoted = false;
        int read;
        while ((read = reader.Read(buffer)) > 0)
        {
            var line = buffer.AsSpan(0, read);
            var end = line.IndexOfAny('\r', '\n');
            foreach (var c in end < 0 ? line : line[..end])
            {
                switch (c)
                {
                    case '"': quoted = !quoted; break;
                    case ';' when !quoted: semicolons++; break;
                    case ',' when !quoted: commas++; break;
                }
            }
            if (end >= 0)
            {
                break;
            }
        }
        if (semicolons == 0 && commas == 0)
        {
            throw new ImportRefusedException(new ImportText("Csv.NoSeparator"));
        }
        return semicolons >= commas ? ';' : ',';
    }
}
