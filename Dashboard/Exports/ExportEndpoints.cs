using Dashboard.Access;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Comparison;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Filtering;
using Dashboard.Hosting;
using Microsoft.AspNetCore.Http.Extensions;

namespace Dashboard.Exports;

/// <summary>
/// The downloads — charts, tables, factsheets (<c>/export/…</c>) and funder reports (<c>/rapport/…</c>): plain GET links whose query carries the filter as the pages do (docs/weergave-en-export.md#exporteren), so a download is a
/// link and access control guards this one place: a signed-in user, a format their role may take, a filter inside
/// their scope (else 403, "geen toegang"). Every export made through the web is protected, whoever makes it
/// (docs/weergave-en-export.md#afscherming-in-exports): exported figures get published. Only the command line can export exact figures.
/// </summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/{view}.{format}", (string view, string format, HttpContext context, ExportService exports, IndicatorService indicators,
            TimeProvider clock) => Export(view, null, format, context, exports, indicators, clock)).WithDownloadQuota();
        endpoints.MapGet("/export/{view}/{chart}.{format}", (string view, string chart, string format, HttpContext context, ExportService exports,
            IndicatorService indicators, TimeProvider clock) => Export(view, chart, format, context, exports, indicators, clock))
            .WithDownloadQuota();
        endpoints.MapGet("/rapport/{view}.{format}", (string view, string format, HttpContext context, ExportService exports, IndicatorService indicators,
            TimeProvider clock) => Export(view, null, format, context, exports, indicators, clock, report: true)).WithDownloadQuota();
        return endpoints;
    }

    /// <summary>
    /// The download link for what a page shows: its filter and choices, in the page's language. Protection is
    /// left out of the query: every web export is protected anyway.
    /// </summary>
    public static string Link(string view, string? chart, string format, DashboardQuery query)
    {
        var path = chart is null ? $"export/{view}.{format}" : $"export/{view}/{chart}.{format}";
        return path + (query with { Protected = false }).WithChoice("taal", UiCulture.IsEnglish ? "en" : null).ToQueryString();
    }

    /// <summary>The funder report (docs/funderrapport.md) of what a page shows, as Word or PDF: <c>rapport/praktijk.docx?…</c>.</summary>
    public static string ReportLink(string view, string format, DashboardQuery query) =>
        $"rapport/{view}.{format}" + (query with { Protected = false }).WithChoice("taal", UiCulture.IsEnglish ? "en" : null).ToQueryString();

    private static IResult Export(string viewName, string? chart, string formatName, HttpContext context, ExportService exports, IndicatorService indicators,
        TimeProvider clock, bool report = false)
    {
        if (Enum.TryParse<ExportView>(viewName, ignoreCase: true, out var view) is false || !Enum.IsDefined(view)
            || Enum.TryParse<ExportFormat>(formatName, ignoreCase: true, out var format) is false || !Enum.IsDefined(format)
            || int.TryParse(viewName, out _) || int.TryParse(formatName, out _)
            || (chart is not null && !ExportViews.Charts[view].Contains(chart))
            // A report is Word or PDF, and Word is only a report.
            || (report ? format is not (ExportFormat.Docx or ExportFormat.Pdf) : format == ExportFormat.Docx))
        {
            return Results.NotFound();
        }
        // Signed in: the fallback policy saw to that. What and for whom, every download is in the audit log.
        var viewer = ViewerClaims.Viewer(context.User)!;
        var actor = Actor.For(viewer);
        var what = context.Request.Path + context.Request.QueryString;
        var query = DashboardQuery.Parse(context.Request.GetEncodedUrl());
        if (format.MayBeTakenBy(viewer) && query.PeriodProblem is { } problem)
        {
            exports.Refused(actor, what, problem);
            return Results.Text(problem, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        try
        {
            var size = ChartSize.All.FirstOrDefault(s => s.Name == query.Choice("grootte")) ?? ChartSize.Screen;
            var dialect = query.Choice("csv") == "en" ? CsvDialect.International : CsvDialect.DutchExcel;
            var file = exports.Export(actor, what, format, new ExportOrder(view, query.Filter, today)
                {
                    Chart = chart,
                    Indicator = IndicatorCatalogue.Parse(query.Choice("indicator") ?? query.Choice("trend") ?? ""),
                    Normalisation = NormalisationKeys.Parse(query.Choice("norm") ?? "") ?? Normalisation.None,
                    Culture = Language.Parse(query.Choice("taal")) ?? Language.Dutch,
                    Report = report,
                }, size, dialect);
            return Results.File(file.Bytes, file.ContentType, file.FileName);
        }
        catch (AccessDeniedException denied)
        {
            return Results.Text(denied.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }
        catch (Exception e) when (e is UnknownFilterValueException or ExportRefusedException)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
