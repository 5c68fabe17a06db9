using Dashboard.Data.Administration;
using Dashboard.Data.Annotations;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Sector;
using Dashboard.Data.Figures.Settings;
using Dashboard.Data.Figures.SocialValue;
using Dashboard.Data.Figures.Targets;
using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.LoadedData;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Imports.SocialValue;
using Dashboard.Data.Installation;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Sector;
using Dashboard.Data.Sharing;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dashboard.Data;

/// <summary>
/// The core as the command line builds it and the web app extends it: one database, the importer, the stores, and the
/// action services every change of data or settings goes through — so both make the same checks and audit lines.
/// </summary>
public static class CoreRegistration
{
    public static IServiceCollection AddImpactCore(this IServiceCollection services, InstallationFiles files, ImportLimits importLimits,
        TimeProvider? clock = null)
    {
        services.AddSingleton(files);
        services.AddSingleton(importLimits);
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddSingleton(_ => files.Database());
        services.TryAddSingleton(_ => RecordKeys.Secure());
        services.AddSingleton(sp => new Importer(sp.GetRequiredService<Database>(), files.KeyFile, sp.GetRequiredService<TimeProvider>(), importLimits,
            sp.GetRequiredService<RecordKeys>()));
        services.AddSingleton<SalesUndo>();
        services.AddSingleton<SnapshotCache>();
        services.AddSingleton<DataChanges>();
        services.AddSingleton(sp => new ParticipantErasure(sp.GetRequiredService<Database>(), files.KeyFile, sp.GetRequiredService<SnapshotCache>()));
        services.AddSingleton<ImportHistory>();
        services.AddSingleton<DemoSeeder>();
        services.AddSingleton<DataOverviewQuery>();
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<ValueMapStore>();
        services.AddSingleton<IndicatorService>();
        services.AddSingleton<SectorComparisons>();
        services.AddSingleton<TargetStore>();
        services.AddSingleton<SectorStore>();
        services.AddSingleton<Exporter>();
        services.AddSingleton<UserStore>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton(sp => new TheoryOfChangeStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new StoryStore(sp.GetRequiredService<Database>(), sp.GetRequiredService<TimeProvider>()));

        services.AddSingleton<ImportService>();
        services.AddSingleton<ErasureService>();
        services.AddSingleton<DemoService>();
        services.AddSingleton<BackupService>();
        services.AddSingleton<Owners>();
        services.AddSingleton<TargetService>();
        services.AddSingleton<SectorService>();
        services.AddSingleton<TheoryOfChangeService>();
        services.AddSingleton<StoryService>();
        services.AddSingleton<AnnotationStore>();
        services.AddSingleton<AnnotationService>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SettingsService>();
        services.AddSingleton<ValueMapService>();
        services.AddSingleton<ValueMapFiles>();
        services.AddSingleton<UserService>();
        services.AddSingleton<ExportService>();
        services.AddSingleton<ShareLinkStore>();
        services.AddSingleton<ShareLinkService>();
        services.AddSingleton<InstallationHealth>();
        return services;
    }
}
