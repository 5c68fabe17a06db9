using System.Net;
using Dashboard.Data.Access;
using Dashboard.Data.Export;
using Dashboard.Data.Indicators.Filtering;
using Dashboard.Filtering;
using Dashboard.Hosting;
using Dashboard.Tests.Export;

namespace Dashboard.Tests.Web;

/// <summary>
/// GET /export/… on an installation whose names hold a bell and a right-to-left override (<see cref="ControlCharacterNames"/>):
/// every view downloads in every format, where the SVGs used to answer 500 for everyone.
/// </summary>
public sealed class ControlCharacterDownloadTests(ControlCharacterNames names) : IClassFixture<ControlCharacterNames>, IDisposable
{
    private readonly DashboardFactory _factory = new(names.Installation);

    [Theory]
    [MemberData(nameof(LongNameExportTests.EveryExport), MemberType = typeof(LongNameExportTests))]
    public async Task Every_view_downloads_in_every_format(ExportView view, ExportFormat format)
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

        using var response = await client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(ExportedFile.Open(format, await response.Content.ReadAsByteArrayAsync()));
    }

    public void Dispose() => _factory.Dispose();
}
