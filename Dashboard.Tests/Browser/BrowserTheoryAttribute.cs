namespace Dashboard.Tests.Browser;

/// <summary>A browser theory: skipped on a machine without Chromium, never under CI=true (see <see cref="Chromium"/>).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Chromium.SkipReason;
}
