using System.Threading.RateLimiting;

namespace Dashboard.Exports;

/// <summary>
/// How many downloads (exports and import templates) one signed-in user may start in a minute: `Access:DownloadsPerMinute`,
/// by default 60 — far more than a person clicks, while a script cannot keep the server rendering or fill the audit log,
/// which records every download and can never shrink. A download over the quota answers 429 and is not recorded.
/// </summary>
public sealed class DownloadQuota : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public DownloadQuota(IConfiguration configuration)
    {
        PerMinute = configuration.GetValue("Access:DownloadsPerMinute", 60);
        _limiter = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    public int PerMinute { get; }

    /// <summary>The answer to a download over the quota, in Dutch.</summary>
    public string Refusal => $"Te veel downloads in korte tijd: u kunt er {PerMinute} per minuut maken. Probeer het over een minuut opnieuw.";

    /// <summary>Takes one download from the user's quota; false when it is used up for this minute.</summary>
    public bool TryTake(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
