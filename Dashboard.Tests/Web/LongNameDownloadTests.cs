using System.Net;
using Dashboard.Data.Access;
using Dashboard.Data.Export;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Filtering;
using Dashboard.Hosting;
using Dashboard.Tests.Export;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /export/… on an installation with names of 10,000 characters (<see cref="LongNames"/>): every view in every
/// format answers within the export's time budget — the request is cancelled when it runs over — instead of timing
/// out while a core stays busy.
/// </summary>
public sealed class LongNameDownloadTests(LongNames names) : IClassFixture<LongNames>, IDisposable
{
    private readonly DashboardFactory _factory = new(names.Installation);

    [Theory]
    [MemberData(nameof(LongNameExportTests.EveryExport), MemberType = typeof(LongNameExportTests))]
    public async Task Every_view_downloads_in_every_format_within_the_budget(ExportView view, ExportFormat format)
    {
        var client = await _factory.SignedIn(Role.Beheerder);
        var filter = view switch
        {
            ExportView.Overzicht => new NamedFilter { Period = Period.Year(2025), Stores = ["AAN"] },
            ExportView.Praktijk => new NamedFilter { Period = Period.Year(2025), Practices = ["AAN/REST"] },
            _ => new NamedFilter { Period = Period.Year(2025) },
        };
        var link = "/" + ExportEndpoints.Link(view.ToString().ToLowerInvariant(), null, format.ToString().ToLowerInvariant(),
            new DashboardQuery(filter, false, new Dictionary<string, string>()));

        using var budget = new CancellationTokenSource(LongNameExportTests.Budget);
        // The in-memory server gives a cancelled request up only when the app does: the test stops waiting at once.
        using var response = await client.GetAsync(link, budget.Token).WaitAsync(budget.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ExportedFile.Open(format, await response.Content.ReadAsByteArrayAsync(budget.Token)));
    }

    public void Dispose() => _factory.Dispose();
}
