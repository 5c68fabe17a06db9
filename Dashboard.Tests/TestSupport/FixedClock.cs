namespace Dashboard.Tests.TestSupport;

/// <summary>A clock standing still at a given local day (noon, Amsterdam time), so "today" is known in every test.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(int year, int month, int day) : this(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(1)))
    {
    }

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("test", now.Offset, "test", "test");
}
