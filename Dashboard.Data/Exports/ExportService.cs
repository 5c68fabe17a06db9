using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Operations;
using Dashboard.Data.Sharing;

namespace Dashboard.Data.Exports;

/// <summary>
/// An export, from a download link, a share link or the command line: a format the actor's role may take, the filter
/// resolved within their scope, protected figures for every signed-in actor (exact only on the command line's --exact), and
/// one audit line for what was asked and how it ended.
/// </summary>
public sealed class ExportService(Exporter exporter, IndicatorService indicators, ShareLinkService links, AuditLog audit)
{
    public const string FormatNotAllowed =
        "Geen toegang: met uw rol kunt u grafieken (PNG, SVG) en factsheets downloaden, geen cijferbestanden.";

    /// <summary>Renders the file <paramref name="order"/> asks for and records it under <paramref name="link"/>, what the actor asked for.</summary>
    /// <exception cref="AccessDeniedException">The role may not take this format, or the filter names something outside the scope.</exception>
    /// <exception cref="UnknownFilterValueException">The filter names something that does not exist.</exception>
    /// <exception cref="ExportRefusedException">The export cannot be made of this view and choice.</exception>
    public ExportFile Export(Actor actor, string link, ExportFormat format, ExportOrder order, ChartSize size, CsvDialect dialect)
    {
        if (!actor.May(viewer => format.MayBeTakenBy(viewer)))
        {
            audit.Write(actor, new AuditLine(AuditWordings.ExportFormatRefused, ("link", link)));
            throw new AccessDeniedException(FormatNotAllowed);
        }
        try
        {
            var started = DashboardMetrics.Start();
            var file = exporter.Render(Request(actor, order), format, size, dialect);
            DashboardMetrics.Exported(format.ToString().ToLowerInvariant(), DashboardMetrics.Since(started));
            audit.Write(actor, new AuditLine(AuditWordings.Exported, ("link", link), ("file", file.FileName)));
            return file;
        }
        catch (AccessDeniedException)
        {
            audit.Write(actor, new AuditLine(AuditWordings.ExportOutsideScope, ("link", link)));
            throw;
        }
        catch (Exception e) when (e is UnknownFilterValueException or ExportRefusedException)
        {
            Refused(actor, link, e.Message);
            throw;
        }
    }

    /// <summary>
    /// Shares the factsheet (PDF) or, with <see cref="ExportOrder.Report"/>, the funder report (Word or PDF as
    /// <paramref name="format"/> says) of <paramref name="order"/> — a good practice or an organisation — exactly as its
    /// download is made (protected, the page's filter and language) behind a link valid for <paramref name="days"/> days
    /// (docs/weergave-en-export.md#delen-via-een-link). <paramref name="link"/> is the download link it was made from, for the
    /// audit log. The link names whose figures the file shows and the stories it contains, so that withdrawing one's consent revokes it.
    /// </summary>
    /// <exception cref="AccessDeniedException">The role may not share, or the filter lies outside the scope.</exception>
    /// <exception cref="ShareLinkRefusedException">Days outside 1–90, not a factsheet or report, or the actor made as many links as can be in the past hour; the message says so in the order's language.</exception>
    /// <exception cref="UnknownFilterValueException">The filter names something that does not exist.</exception>
    /// <exception cref="ExportRefusedException">There is no factsheet or report of this selection, or not in this format.</exception>
    public ShareLinkCreated Share(Actor actor, string link, ExportFormat format, ExportOrder order, int days)
    {
        actor.Require(v => v.CanShare);
        ShareLinkRules.CheckDays(days, order.Culture);
        if (order.View is not (ExportView.Praktijk or ExportView.Overzicht) || format is not (ExportFormat.Pdf or ExportFormat.Docx))
        {
            throw new ShareLinkRefusedException(ShareLinkTexts.Get("Factsheet.WrongView", order.Culture));
        }
        links.CheckRoom(actor, order.Culture);
        var file = Export(actor, link, format, order, ChartSize.Screen, CsvDialect.DutchExcel);
        // Whose figures the file shows: the organisations of the practices its filter leaves, within the actor's scope.
        var organisations = indicators.Snapshot.Practices.Where(Request(actor, order).Filter.Includes).Select(p => p.OrganisationId).ToHashSet();
        return links.Share(actor, new SharedFile(order.Report ? ShareKind.Rapport : ShareKind.Factsheet, file.Title ?? file.FileName, file.FileName,
            file.ContentType, file.Bytes, order.Culture) { Organisations = organisations, StoryIds = file.Stories }, days);
    }

    /// <summary>The request the actor may have: the filter within their scope, protected unless the command line asks exact figures.</summary>
    private ExportRequest Request(Actor actor, ExportOrder order)
    {
        var period = order.Filter.Period ?? indicators.DefaultPeriod(order.Today);
        var practices = indicators.Snapshot.Practices;
        var (filter, profile) = actor.Viewer is { } viewer
            ? (ScopedFilter.Resolve(order.Filter, period, practices, viewer), ViewerProfile.Protected)
            : (FilterResolver.Resolve(order.Filter, period, practices), order.Exact ? ViewerProfile.Exact : ViewerProfile.Protected);
        return new ExportRequest(order.View, filter, profile, order.Today)
        {
            Chart = order.Chart,
            Indicator = order.Indicator,
            Normalisation = order.Normalisation,
            Culture = order.Culture,
            Report = order.Report,
        };
    }

    /// <summary>An export refused before its request could be built (a period that makes no sense): recorded with the reason.</summary>
    public void Refused(Actor actor, string link, string reason) =>
        audit.Write(actor, new AuditLine(AuditWordings.ExportRefused, ("link", link), ("reason", reason)));
}
