using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>
/// Imports and undos as the import page and the command line both do them: within the actor's scope, recorded in the
/// import history under the actor's name and in the audit log in one wording.
/// </summary>
public sealed class ImportService(Importer importer, SalesUndo undo, ImportHistory history, AuditLog audit, DataChanges changes)
{
    /// <summary>The whole import, rolled back: the report or the summary of what would happen. Nothing is recorded.</summary>
    public ImportOutcome Check(Actor actor, ImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, int reportDetailLimit = ValidationReport.DefaultDetailLimit) =>
        importer.Import(For(actor, request) with { DryRun = true }, progress, cancellationToken, reportDetailLimit);

    /// <summary>Imports the file for the actor: a row outside their scope is a problem of the file, and nothing changes.</summary>
    public ImportOutcome Import(Actor actor, ImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, int reportDetailLimit = ValidationReport.DefaultDetailLimit)
    {
        var scoped = For(actor, request);
        var outcome = importer.Import(scoped, progress, cancellationToken, reportDetailLimit);
        if (outcome.Succeeded)
        {
            changes.Changed();
        }
        // A database that refused the import (full disk, read-only) refuses its audit line too, and nothing changed to record.
        if (!outcome.StorageFailed)
        {
            audit.Write(actor, Line(scoped, outcome));
        }
        return outcome;
    }

    /// <summary>What an undo would do, for its confirmation; <see cref="AccessDeniedException"/> outside the actor's scope.</summary>
    public UndoPreview PreviewUndo(Actor actor, long batchId)
    {
        actor.Require(v => v.CanImport);
        return undo.Preview(batchId, actor.Scope);
    }

    /// <summary>Undoes a sales import within the actor's scope; refused in the same words whether the batch is someone else's or unknown.</summary>
    public UndoOutcome Undo(Actor actor, long batchId)
    {
        actor.Require(v => v.CanImport);
        // The file is named only when the actor may see the batch, as the refusal itself does.
        var batch = history.List(actor.Scope).FirstOrDefault(b => b.Id == batchId);
        var outcome = undo.Undo(batchId, actor.Scope);
        if (outcome.Succeeded)
        {
            changes.Changed();
        }
        var wording = outcome.Succeeded ? AuditWordings.Undone : batch is null ? AuditWordings.UndoOfUnknownRefused : AuditWordings.UndoRefused;
        audit.Write(actor, new AuditLine(wording, ("batch", batchId), ("file", batch?.FileName), ("message", outcome.Message)));
        return outcome;
    }

    /// <summary>
    /// The request as the actor may make it: under their name, within their scope, and real data — whatever the page put
    /// in it (only the demo seeder, at start-up, loads the demo sector).
    /// </summary>
    private static ImportRequest For(Actor actor, ImportRequest request)
    {
        actor.Require(v => v.CanImport);
        return request with { ImportedBy = actor.Name, Scope = actor.Scope, IsDemo = false };
    }

    private static AuditLine Line(ImportRequest request, ImportOutcome outcome)
    {
        (string, object?) kind = ("kind", request.Kind.Name()), file = ("file", request.DisplayName);
        return outcome.Succeeded
            ? new AuditLine(request.Replace ? AuditWordings.ImportedReplacing : AuditWordings.Imported, kind, file,
                ("batch", outcome.BatchId), ("rows", outcome.Summary!.Rows), ("summary", outcome.Summary.Description))
            : new AuditLine(request.Replace ? AuditWordings.ImportReplacingRefused : AuditWordings.ImportRefused, kind, file,
                ("problems", outcome.Report.ProblemCount));
    }
}
