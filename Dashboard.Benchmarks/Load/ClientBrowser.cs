using Dashboard.Benchmarks.Scale;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// Debian's Chromium (never a browser that Playwright downloads), as the browser tests drive it (Dashboard.Tests/Browser/Chromium.cs),
/// started through a small script that pins it to core 1 at nice 19: the server has core 0 to itself, and the browser's
/// work shows up as core 1's load, which the report gives so a client-limited level is not mistaken for a slow server.
/// Its renderers and helpers inherit the affinity and the niceness.
/// </summary>
public static class ClientBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string InstallHint = "Chromium is not installed: apt-get install -y chromium (as root), then run again.";

    public const int ClientCore = 1;

    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
        // Hundreds of pages on one machine: a hidden page must not be slowed down by the browser, or it measures itself.
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright, string work, Action<string> log) =>
        await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Wrapper(Locate(log), work),
            Args = Arguments,
            Headless = true,
        });

    /// <summary>The browser's path; installed with apt-get when missing and running as root (as .ci/run does).</summary>
    private static string Locate(Action<string> log)
    {
        if (!File.Exists(ExecutablePath) && OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists("/usr/bin/apt-get"))
        {
            log("installing chromium with apt-get …");
            ProcessRun.Start("apt-get", ["update"]);
            ProcessRun.Start("env", ["DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "chromium"]);
        }
        return File.Exists(ExecutablePath) ? ExecutablePath : throw new InvalidOperationException(InstallHint);
    }

    private static string Wrapper(string chromium, string work)
    {
        var script = Path.Combine(work, "chromium-core1.sh");
        File.WriteAllText(script, $"#!/bin/sh\n# Written by the load benchmark (BENCHMARKS.md): Chromium on core {ClientCore} at the lowest priority.\n" +
            $"exec taskset -c {ClientCore} nice -n 19 {chromium} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        return script;
    }
}
