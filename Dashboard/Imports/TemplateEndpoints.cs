using Dashboard.Access;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Imports.Templates;
using Dashboard.Exports;

namespace Dashboard.Imports;

/// <summary>
/// GET /import/sjabloon/{soort}.{csv|xlsx}: an import template to fill in (docs/importbestanden.md), whose example row refers to
/// a practice of this installation and to today, so that it imports here as it comes.
/// </summary>
public static class TemplateEndpoints
{
    public static IEndpointRouteBuilder MapImportTemplates(this IEndpointRouteBuilder endpoints)
    {
        // For those who import; the example row names one of their own practices.
        endpoints.MapGet("/import/sjabloon/{soort}.{extensie}",
            (string soort, string extensie, HttpContext context, IndicatorService indicators, TimeProvider clock) =>
            {
                if (ImportTemplates.ParseKind(soort) is not { } kind || ImportTemplates.ParseFormat(extensie) is not { } format)
                {
                    return Results.NotFound();
                }
                var practices = ViewerClaims.Viewer(context.User)!.Visible(indicators.Snapshot.Practices);
                var bytes = ImportTemplates.Bytes(kind, format, Example(practices, clock));
                return Results.File(bytes, ImportTemplates.ContentType(format), ImportTemplates.FileName(kind, format));
            }).RequireAuthorization(AccessPolicies.Import).WithDownloadQuota();
        return endpoints;
    }

    private static TemplateExample Example(IReadOnlyList<PracticeInfo> practices, TimeProvider clock)
    {
        // The same day the importer calls today, so the example's dates are never "in the future" there.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (practices.Count == 0)
        {
            return new TemplateExample(today);
        }
        return TemplateExample.For(today, practices.Select(p => new ExamplePractice(
            p.OrganisationName, p.StoreCode, p.StoreName, p.City, p.FloorAreaM2, p.Code, p.Name, p.Kind, p.IsDemo)));
    }
}
