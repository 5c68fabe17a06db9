using Dashboard.Access;
using Dashboard.Data.Imports.SocialValue;
using Dashboard.Exports;

namespace Dashboard.Imports;

/// <summary>
/// GET /instellingen/waardekaart.csv: the value map as the CSV file the settings page and the command line import
/// (docs/maatschappelijke-waarde.md#importeren-en-exporteren), for the administrator.
/// </summary>
public static class ValueMapEndpoints
{
    public static IEndpointRouteBuilder MapValueMapFile(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/instellingen/waardekaart.csv", (ValueMapFiles files) =>
                Results.File(files.Export(), "text/csv; charset=utf-8", "waardekaart.csv"))
            .RequireAuthorization(AccessPolicies.Administration).WithDownloadQuota();
        return endpoints;
    }
}
