using System.Net;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Hosting;

/// <summary>
/// The app as scripts and checks start it (README, "In productie"): from its build output, in Production, with only
/// the database and the address set, serving plain HTTP — with its styles and scripts whole, not empty.
/// </summary>
public sealed class BuildOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "impact-tests", Guid.NewGuid().ToString("N"));

    public BuildOutputTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task In_production_the_build_output_serves_its_styles_and_scripts()
    {
        var port = Loopback.FreePort();
        using var app = ChildProcess.Start(BuiltApp.DotnetHost, [BuiltApp.Dll], _folder, new Dictionary<string, string>
        {
            ["ConnectionStrings__Impact"] = $"Data Source={Path.Combine(_folder, "impact.db")}",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
        });
        await app.WaitFor(new System.Text.RegularExpressions.Regex("Now listening on"), TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var login = await client.GetStringAsync("/inloggen");

        var assets = PageAssets.Links(login);
        Assert.Contains(assets, a => a.EndsWith(".styles.css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.StartsWith("_content/Radzen.Blazor/", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            var bytes = await client.GetByteArrayAsync(asset);
            Assert.True(bytes.Length > 100, $"{asset} was served with {bytes.Length} bytes");
        }
    }



    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
