namespace Dashboard.Tests.TestSupport;

/// <summary>
/// A clock standing still at a given local day (noon, Amsterdam time), so "today" is known in every test; a test that
/// needs time to pass moves it on itself.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public FixedClock(int year, int month, int day) : this(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(1)))
    {
    }

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("test", _now.Offset, "test", "test");

    /// <summary>Lets time pass, as waiting would.</summary>
    public void Advance(TimeSpan span) => _now += span;
}
