using System.Globalization;
using System.Text.RegularExpressions;

namespace Dashboard.Benchmarks.Load;

/// <summary>The product's gauge impactdashboard.circuits.live on /metrics: the circuits the server holds right now.</summary>
public static partial class CircuitGauge
{
    public static async Task<long> ReadAsync(HttpClient http, Uri server)
    {
        var text = await http.GetStringAsync(new Uri(server, "/metrics"));
        return text.Split('\n').Select(l => GaugeLine().Match(l)).Where(m => m.Success)
            .Sum(m => (long)double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>Waits until the server holds <paramref name="expected"/> circuits: closed tabs are gone, opened ones counted.</summary>
    public static async Task<long> WaitForAsync(HttpClient http, Uri server, long expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        long live;
        while ((live = await ReadAsync(http, server)) != expected && DateTime.UtcNow < until)
        {
            await Task.Delay(250);
        }
        return live;
    }

    [GeneratedRegex(@"^impactdashboard_circuits_live(?:\{[^}]*\})?\s+(\S+)")]
    private static partial Regex GaugeLine();
}
