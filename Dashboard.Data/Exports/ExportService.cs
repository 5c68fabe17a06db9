using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Exports;

/// <summary>
/// An export, from a download link or the command line: a format the actor's role may take, the filter resolved within
/// their scope, protected figures for every signed-in actor (exact only on the command line's --exact), and one audit
/// line for what was asked and how it ended.
/// </summary>
public sealed class ExportService(Exporter exporter, IndicatorService indicators, AuditLog audit)
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
            var file = exporter.Render(Request(actor, order), format, size, dialect);
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
