using Dashboard.Data.Imports;

namespace Dashboard.Hosting;

/// <summary>
/// The limits the importer works within, for the web app and the command line alike: the settings section `Import`
/// (docs/importbestanden.md, "Grenzen"). A limit set to something unusable stops the start with what to set instead.
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
}
