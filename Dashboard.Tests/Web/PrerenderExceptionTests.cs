using System.Collections.Concurrent;
using System.Resources;
using System.Runtime.ExceptionServices;
using Dashboard.Data.Administration;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Web;

/// <summary>
/// A prerendered page looks up its Dutch texts without the resource manager throwing: the pages' Dutch texts are their
/// keys, and an empty neutral resource set beside each English one keeps every Dutch look-up on the normal path
/// (docs/architectuur.md). Counted as first-chance exceptions of that type while the pages render, in both languages.
/// </summary>
public sealed class PrerenderExceptionTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    [Fact]
    public async Task Rendering_the_pages_in_Dutch_and_English_throws_no_missing_resource_exception()
    {
        using var factory = new DashboardFactory(demo.Installation);
        var client = await factory.SignedIn(Role.Beheerder);
        var thrown = new ConcurrentQueue<string>();
        void Seen(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is MissingManifestResourceException missing)
            {
                thrown.Enqueue(missing.Message);
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
