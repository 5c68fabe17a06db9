using Dashboard.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Web;

/// <summary>The real app in memory, on a test installation's database, in the Production environment (no demo seeding).</summary>
public sealed class DashboardFactory(TestInstallation installation) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Impact", $"Data Source={installation.Database.Path}");
        builder.UseSetting("Privacy:KeyFile", installation.KeyFile);
        builder.ConfigureServices(services => services.AddSingleton(installation.Clock));
    }
}
