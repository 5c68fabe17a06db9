using System.Collections.Concurrent;
using System.Resources;
using System.Runtime.ExceptionServices;
using Dashboard.Data.Administration;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Web;

/// <summary>
/// A prerendered page throws nothing on its normal path: its Dutch texts are their keys, and an empty neutral resource set
/// beside each English one keeps every Dutch look-up from throwing (docs/architectuur.md); the theme is plain links, not a
/// component that calls JavaScript while prerendering; the session's revalidation loop ends with its request without a
/// cancellation exception (BENCHMARKS.md). Counted as first-chance exceptions of those kinds
/// while the pages render, in both languages.
/// </summary>
public sealed class PrerenderExceptionTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    [Fact]
    public async Task Rendering_the_pages_in_Dutch_and_English_throws_no_missing_resource_prerender_interop_or_cancellation_exception()
    {
        using var factory = new DashboardFactory(demo.Installation);
        var client = await factory.SignedIn(Role.Beheerder);
        var thrown = new ConcurrentQueue<string>();
        void Seen(object? sender, FirstChanceExceptionEventArgs e)
        {
            // Only the kinds the pages themselves used to throw: other tests run beside this one in the same process. A
            // cancellation counts when the app's access code or Blazor's server side throws it (the session's revalidation
            // loop used to, at the end of every prerendered request), not a test's own.
            if (e.Exception is MissingManifestResourceException
                || (e.Exception is InvalidOperationException && e.Exception.Message.StartsWith("JavaScript interop calls cannot be issued at this time", StringComparison.Ordinal)))
            {
                thrown.Enqueue(e.Exception.Message);
            }
            else if (e.Exception is TaskCanceledException && Environment.StackTrace is var stack
                && (stack.Contains(" Dashboard.Access.", StringComparison.Ordinal) || stack.Contains(" Microsoft.AspNetCore.Components.Server.", StringComparison.Ordinal)))
            {
                thrown.Enqueue($"{e.Exception.Message}{Environment.NewLine}{stack}");
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Seen;
        try
        {
            foreach (var url in new[] { "/", "/goede-praktijk?soort=horeca", "/vergelijken", "/gedeeld", "/importeren", "/?taal=en" })
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Seen;
        }

        Assert.Empty(thrown);
    }
}
