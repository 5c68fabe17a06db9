using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Exports;

/// <summary>
/// A download, as the web's export links make one: a format the actor's role may take, a filter inside their scope
/// (checked while the request is built), and one audit line for what was asked and how it ended.
/// </summary>
public sealed class ExportService(Exporter exporter, AuditLog audit)
{
    public const string FormatNotAllowed =
        "Geen toegang: met uw rol kunt u grafieken (PNG, SVG) en factsheets downloaden, geen cijferbestanden.";

    /// <summary>
    /// Renders the file that <paramref name="request"/> builds — resolving the filter within the actor's scope — and
    /// records it under <paramref name="link"/>, what the actor asked for.
    /// </summary>
    /// <exception cref="AccessDeniedException">The role may not take this format, or the filter names something outside the scope.</exception>
    /// <exception cref="UnknownFilterValueException">The filter names something that does not exist.</exception>
    /// <exception cref="ExportRefusedException">The export cannot be made of this view and choice.</exception>
    public ExportFile Export(Actor actor, string link, ExportFormat format, Func<ExportRequest> request, ChartSize size, CsvDialect dialect)
    {
        if (!actor.May(viewer => format.MayBeTakenBy(viewer)))
        {
            audit.Write(actor, new AuditLine(AuditWordings.ExportFormatRefused, ("link", link)));
            throw new AccessDeniedException(FormatNotAllowed);
        }
        try
        {
            var file = exporter.Render(request(), format, size, dialect);
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

    /// <summary>An export refused before its request could be built (a period that makes no sense): recorded with the reason.</summary>
    public void Refused(Actor actor, string link, string reason) =>
        audit.Write(actor, new AuditLine(AuditWordings.ExportRefused, ("link", link), ("reason", reason)));
}
