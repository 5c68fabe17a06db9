using System.Globalization;
using System.Text;

namespace Dashboard.Benchmarks.Scale;

/// <summary>The Markdown the scale mode prints and writes: the results against docs/prestaties.md#prestatie-eisen, then the details.</summary>
public sealed class ResultReport
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "") => _text.AppendLine(line);

    public void Table(string[] header, IEnumerable<string[]> rows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => "---|")));
        foreach (var row in rows)
        {
            Line("| " + string.Join(" | ", row) + " |");
        }
        Line();
    }

    public static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString(ms < 10 ? "0.00" : ms < 100 ? "0.0" : "0", CultureInfo.InvariantCulture) + " ms";

    public static string Seconds(double ms) => double.IsNaN(ms) ? "–" : (ms / 1000).ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    public static string Verdict(bool pass) => pass ? "**pass**" : "**FAIL**";

    public override string ToString() => _text.ToString();
}
