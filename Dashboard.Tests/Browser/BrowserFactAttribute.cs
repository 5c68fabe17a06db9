namespace Dashboard.Tests.Browser;

/// <summary>A browser test: skipped on a machine without Chromium, never under CI=true (see <see cref="Chromium"/>).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}
