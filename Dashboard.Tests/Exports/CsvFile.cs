using System.Text;

namespace Dashboard.Tests.Exports;

/// <summary>Reads an exported CSV back as a spreadsheet would: UTF-8 with BOM, CRLF lines, quoted fields.</summary>
public static class CsvFile
{
    public static string[][] Rows(byte[] bytes, char delimiter)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "UTF-8 with BOM");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        return text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => Split(line, delimiter)).ToArray();
    }

    /// <summary>A minimal RFC 4180 reader: enough to read back what was written.</summary>
    private static string[] Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == delimiter && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else { field.Append(c); }
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
