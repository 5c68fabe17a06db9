using System.Text;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// Writes CSV as Excel does: CRLF line ends, a field quoted only when it holds the delimiter, a quote or a
/// line break (quotes doubled). The encoding decides the bytes, including a UTF-8 BOM or not.
/// </summary>
internal sealed class CsvTextWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char _delimiter;

    public CsvTextWriter(string path, char delimiter, Encoding encoding)
    {
        _writer = new StreamWriter(path, append: false, encoding, bufferSize: 1 << 16) { NewLine = "\r\n" };
        _delimiter = delimiter;
    }

    /// <summary>One row; a null field is left empty.</summary>
    public void WriteRow(params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(_delimiter);
            }
            var field = fields[i];
            if (string.IsNullOrEmpty(field))
            {
                continue;
            }
            if (field.AsSpan().IndexOfAny(_delimiter, '"', '\r') >= 0 || field.Contains('\n'))
            {
                _writer.Write('"');
                _writer.Write(field.Replace("\"", "\"\""));
                _writer.Write('"');
            }
            else
            {
                _writer.Write(field);
            }
        }
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
