using System.Globalization;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// How much happens per store, beside how many times the sector is repeated (the scale). The demo itself is
/// <see cref="Demo"/>; a benchmark that needs more sales rows and more people per store than the demo has raises these,
/// and every store keeps its profile: the same day totals, the same outcome shares, only more rows making them up.
/// </summary>
/// <param name="TillReportsPerDay">
/// Over how many till reports (one per shift) a practice's day is split: each writes its own row per category, so the
/// sales rows per practice and day grow about that many times while the day's revenue stays the same. A slow category
/// (three bicycles on a day) fills fewer reports than that.
/// </param>
/// <param name="PlaceFactor">
/// How many times its work and learning places each practice has: more participants at once, so trajectories and
/// certificates grow in proportion.
/// </param>
public sealed record DemoDensity(int TillReportsPerDay, int PlaceFactor)
{
    /// <summary>The demo sector as a newcomer sees it: one day total per practice and category, the places of docs/installatie-en-beheer.md#demosector's story.</summary>
    public static readonly DemoDensity Demo = new(1, 1);

    public int TillReportsPerDay { get; } = TillReportsPerDay >= 1
        ? TillReportsPerDay
        : throw new ArgumentOutOfRangeException(nameof(TillReportsPerDay), TillReportsPerDay, "at least one till report a day");

    public int PlaceFactor { get; } = PlaceFactor >= 1
        ? PlaceFactor
        : throw new ArgumentOutOfRangeException(nameof(PlaceFactor), PlaceFactor, "at least the demo's own places");

    /// <summary>Till reports per day, then the place factor: "4x5".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TillReportsPerDay}x{PlaceFactor}");

    /// <summary>Reads what <see cref="ToString"/> writes.</summary>
    public static DemoDensity Parse(string text)
    {
        var parts = text.Split('x');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tillReports)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var placeFactor))
        {
            throw new FormatException($"density '{text}' is not <till reports per day>x<place factor>, e.g. 4x5");
        }
        return new DemoDensity(tillReports, placeFactor);
    }
}
