using System.Net;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>
/// A script that downloads without end cannot keep the server rendering or fill the audit log, which can never shrink:
/// each signed-in user has a quota of downloads per minute (here 3), and a download over it is refused unrecorded.
/// </summary>
public sealed class DownloadQuotaTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly DashboardFactory _factory;

    public DownloadQuotaTests() =>
        _factory = new DashboardFactory(_install, new Dictionary<string, string> { ["Access:DownloadsPerMinute"] = "3" });

    private int Recorded(string userName) =>
        _factory.Services.GetRequiredService<AuditLog>().Count(new AuditQuery { UserName = userName, Action = AuditAction.Export });

    [Fact]
    public async Task Downloads_beyond_the_quota_are_refused_and_not_recorded_while_another_user_goes_on()
    {
        var board = await _factory.SignedIn(Role.Communicatie);
        var colleague = await _factory.SignedIn(Role.Communicatie);
        var name = _factory.Services.GetRequiredService<AuditLog>().Read(new AuditQuery { Action = AuditAction.Aanmelden }).Last().UserName!;

        var answers = new List<HttpStatusCode>();
        for (var download = 0; download < 5; download++)
        {
            using var response = await board.GetAsync($"/export/vergelijken.csv?x={download}");
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Te veel downloads in korte tijd: u kunt er 3 per minuut maken. Probeer het over een minuut opnieuw.",
                    await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(3, Recorded(name));
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/export/vergelijken.csv")).StatusCode);
    }

    [Fact]
    public async Task Import_templates_count_as_downloads()
    {
        var administrator = await _factory.SignedIn(Role.Beheerder);

        for (var download = 0; download < 3; download++)
        {
            Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/import/sjabloon/winkels.csv")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await administrator.GetAsync("/import/sjabloon/winkels.xlsx")).StatusCode);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _install.Dispose();
    }
}
