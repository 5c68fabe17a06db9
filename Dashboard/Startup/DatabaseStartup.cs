using Dashboard.Access;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Hosting;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Dashboard.Startup;

/// <summary>
/// Before the server takes requests: creates or migrates the database and, in Development only, fills an
/// empty one with the demo sector so a newcomer sees a full dashboard at once (docs/installatie-en-beheer.md#demosector); then the accounts
/// that go with the data (<see cref="AccountSetup"/>).
/// </summary>
public sealed class DatabaseStartup(
    Database database,
    DemoSeeder demo,
    AccountSetup accounts,
    IHostEnvironment environment,
    IConfiguration configuration,
    IKeyManager keys,
    TimeProvider clock,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        database.Migrate();
        logger.LogInformation("Database: {Path}", database.Path);
        // Web servers that share a PostgreSQL database and start together: one at a time, so what must exist once does.
        using (database.HoldSetUpLock())
        {
            SeedDemoSectorIfEmpty();
            accounts.Run();
            if (database.Provider == DatabaseProvider.PostgreSql && !keys.GetAllKeys().Any())
            {
                var now = clock.GetUtcNow();
                keys.CreateNewKey(now, now.AddDays(90));
            }
        }
        return Task.CompletedTask;
    }

    private void SeedDemoSectorIfEmpty()
    {
        if (!environment.IsDevelopment() || !demo.DatabaseIsEmpty())
        {
            return;
        }
        if (InstallationPaths.SeedFolder(configuration) is not { } folder)
        {
            logger.LogWarning("Lege database, maar geen map seed-data gevonden: de demosector is niet geladen.");
            return;
        }
        logger.LogInformation("Lege database in Development: de demosector wordt geladen uit {Folder}", folder);
        demo.Seed(folder, line => logger.LogInformation("Demo: {Line}", line));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
