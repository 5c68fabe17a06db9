using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports.Privacy;

/// <summary>
/// Erasure on request as the loaded-data page and the command line both do it: within the actor's scope, every figure
/// recomputed afterwards, and one audit line that names the organisation and the counts — never the code.
/// </summary>
public sealed class ErasureService(ParticipantErasure erasure, AuditLog audit, DataChanges? changes = null)
{
    /// <summary>The organisations the actor may erase in, by name.</summary>
    public IReadOnlyList<string> Organisations(Actor actor)
    {
        actor.Require(v => v.CanImport);
        return erasure.Organisations(actor.Scope);
    }

    /// <summary>What an erasure would do, for its confirmation: nothing changes. A refusal is recorded as the erasure's would be.</summary>
    public ErasureOutcome Preview(Actor actor, string organisation, string participantCode)
    {
        actor.Require(v => v.CanImport);
        var preview = erasure.Preview(organisation, participantCode, actor.Scope);
        if (!preview.Succeeded)
        {
            Record(actor, organisation, preview);
        }
        return preview;
    }

    public ErasureOutcome Erase(Actor actor, string organisation, string participantCode)
    {
        actor.Require(v => v.CanImport);
        var outcome = erasure.Erase(organisation, participantCode, actor.Scope);
        if (outcome.Succeeded)
        {
            changes?.Changed();
        }
        Record(actor, organisation, outcome);
        return outcome;
    }

    private void Record(Actor actor, string organisation, ErasureOutcome outcome) =>
        audit.Write(actor, outcome.Succeeded
            ? new AuditLine(AuditWordings.Erased, ("organisation", outcome.Organisation ?? organisation), ("counts", outcome.Counts))
            : new AuditLine(AuditWordings.ErasureRefused, ("organisation", outcome.Organisation ?? organisation), ("message", outcome.Message)));
}
