using Dashboard.Data.Import;
using Dashboard.Data.Storage;

namespace Dashboard.Hosting;

/// <summary>
/// The importer as the web app and the command line both build it: on the installation's database and key file, within
/// the limits of the settings section `Import` (docs/importbestanden.md, "Grenzen"). A limit set to something unusable
/// stops the start with what to set instead.
/// </summary>
public static class ImportSettings
{
    public static ImportLimits Limits(IConfiguration configuration)
    {
        var limits = configuration.GetSection(ImportLimits.Section).Get<ImportLimits>() ?? ImportLimits.Default;
        if (limits.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("De importgrenzen in de instellingen kloppen niet: " + string.Join(" ", problems));
        }
        return limits;
    }

    public static Importer Importer(Database database, InstallationPaths paths, ImportLimits limits, TimeProvider clock) =>
        new(database, paths.KeyFile, clock, limits);
}
