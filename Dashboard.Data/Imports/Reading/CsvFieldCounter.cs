namespace Dashboard.Data.Imports.Reading;

/// <summary>
/// Counts the fields of each CSV row as the text passes on its way to CsvHelper's parser, which holds a row whole
/// before it splits it: a row with more fields than <see cref="ImportLimits.MaxColumns"/> is refused while it is
/// read. Rows and fields are told apart as that parser does (RFC 4180): a field is quoted only when it starts with a
/// quote, and a line break inside a quoted field does not end the row. The fields' own length is the parser's to
/// bound (MaxFieldSize).
/// </summary>
internal sealed class CsvFieldCounter(TextReader text, char delimiter, ImportLimits limits) : TextReader
{
    private int _row = 1;
    private int _fields = 1;
    private bool _fieldStart = true;
    private bool _quoted;
    private bool _inQuotes;
    private bool _badQuote;
    private char _previous;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = text.Read(buffer);
        Count(buffer[..read]);
        return read;
    }

    public override int Read()
    {
        var c = text.Read();
        if (c >= 0)
        {
            Count([(char)c]);
        }
        return c;
    }

    public override int Peek() => text.Peek();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            text.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Count(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            var previous = _previous;
            _previous = c;
            if (_fieldStart)
            {
                _quoted = c == '"';
                _fieldStart = false;
                if (_quoted)
                {
                    _inQuotes = true;
                    continue;
                }
            }
            if (_quoted && c == '"')
            {
                if (!_inQuotes && previous != '"')
                {
                    _badQuote = true; // text after a closing quote: the parser stops pairing this field's quotes
                }
                else if (!_badQuote)
                {
                    _inQuotes = !_inQuotes;
                }
                continue;
            }
            if (_inQuotes)
            {
                continue;
            }
            if (c == delimiter)
            {
                if (++_fields > limits.MaxColumns)
                {
                    throw LimitExceeded.Fields(limits, _row);
                }
                NextField();
            }
            else if (c == '\r' || c == '\n' && previous != '\r')
            {
                _row++;
                _fields = 1;
                NextField();
            }
            else if (c == '\n')
            {
                NextField();
            }
        }
    }

    private void NextField() => (_fieldStart, _quoted, _inQuotes, _badQuote) = (true, false, false, false);
}
