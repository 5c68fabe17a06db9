using Dashboard.Access;
using Dashboard.Data;
using Dashboard.Exports;
using Dashboard.Hosting;
using Dashboard.Imports;
using Dashboard.Resources;
using Radzen;

namespace Dashboard.Startup;

/// <summary>The web app: the core of the command line, extended with access control, pages, uploads and start-up work.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddImpactDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var paths = InstallationPaths.From(configuration);
        services.AddImpactCore(paths.Files, ImportSettings.Limits(configuration));
        services.AddSingleton(paths);
        // First of the hosted services, which start in this order: the database is migrated, and on PostgreSQL the first
        // cookie-signing key made under the set-up lock, before data protection's own start-up reads (or would make) one.
        services.AddHostedService<DatabaseStartup>();
        services.AddAccessControl(paths);
        services.AddReverseProxySupport(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents().AddSingleton<ILocalizer, RadzenTexts>();
        services.AddSingleton<UploadFolder>();
        services.AddSingleton<DownloadQuota>();
        services.AddLocalization();
        services.AddHostedService<FigureWarmUp>();
        services.AddDashboardMetrics(configuration);
        return services;
    }
}
