namespace Dashboard.Exports;

/// <summary>Puts a download endpoint under the signed-in user's <see cref="DownloadQuota"/>, before any work or audit line.</summary>
public static class DownloadQuotaFilter
{
    public static RouteHandlerBuilder WithDownloadQuota(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var quota = context.HttpContext.RequestServices.GetRequiredService<DownloadQuota>();
            return quota.TryTake(context.HttpContext.User.Identity?.Name ?? "")
                ? await next(context)
                : Results.Text(quota.Refusal, "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
        });
}
