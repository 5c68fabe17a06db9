namespace Dashboard.Tests.Browser;

/// <summary>
/// The Debian package's Chromium that the browser tests drive (never a browser that Playwright downloads),
/// and whether this machine can run them: without it they are skipped, except under CI=true, where they
/// must run and a missing browser fails them loudly.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string HowToInstall = "install it with `sudo apt-get install -y chromium`, or run `.ci/run`, which installs it";

    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason => IsInstalled || RequiredByCi
        ? null
        : $"Browser test skipped: no Chromium at {ExecutablePath}; {HowToInstall}.";
}
