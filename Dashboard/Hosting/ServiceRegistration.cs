using Dashboard.Access;
using Dashboard.Data.Access;
using Dashboard.Data.Audit;
using Dashboard.Data.Demo;
using Dashboard.Data.Export;
using Dashboard.Data.Import;
using Dashboard.Data.Import.Sales;
using Dashboard.Data.Indicators;
using Dashboard.Data.Indicators.Data;
using Dashboard.Data.Indicators.Targets;
using Dashboard.Data.Overview;
using Dashboard.Data.Privacy;
using Dashboard.Data.Settings;
using Dashboard.Data.Storage;
using Dashboard.Data.TheoryOfChange;
using Dashboard.Resources;
using Radzen;

namespace Dashboard.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the web app and the command line share, on one database.</summary>
    public static IServiceCollection AddImpactData(this IServiceCollection services, InstallationPaths paths, ImportLimits importLimits)
    {
        services.AddSingleton(paths);
        services.AddSingleton(importLimits);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new Database(paths.DatabaseFile));
        services.AddSingleton(sp => ImportSettings.Importer(sp.GetRequiredService<Database>(), paths, importLimits, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SalesUndo>();
        services.AddSingleton(sp => new ParticipantErasure(sp.GetRequiredService<Database>(), paths.KeyFile, sp.GetRequiredService<SnapshotCache>()));
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DataOverviewQuery>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<IndicatorService>();
        services.AddSingleton<TargetStore>();
        services.AddSingleton<Exporter>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(sp => new TheoryOfChangeStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IServiceCollection AddImpactDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var paths = InstallationPaths.From(configuration);
        services.AddImpactData(paths, ImportSettings.Limits(configuration));
        services.AddAccessControl(paths);
        services.AddReverseProxySupport(configuration);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents().AddSingleton<ILocalizer, RadzenTexts>();
        services.AddSingleton<UploadFolder>();
        services.AddSingleton<DownloadQuota>();
        services.AddLocalization();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<FigureWarmUp>();
        return services;
    }
}
