using Dashboard.Data.Access;
using Dashboard.Data.Audit;

namespace Dashboard.Data.Privacy;

/// <summary>
/// Erasure on request as the loaded-data page and the command line both do it: within the actor's scope, every figure
/// recomputed afterwards, and one audit line that names the organisation and the counts — never the code.
/// </summary>
public sealed class ErasureService(ParticipantErasure erasure, AuditLog audit)
{
    /// <summary>The organisations the actor may erase in, by name.</summary>
    public IReadOnlyList<string> Organisations(Actor actor) => erasure.Organisations(Erasing(actor).Scope);

    /// <summary>What an erasure would do, for its confirmation: nothing changes and nothing is recorded.</summary>
    public ErasureOutcome Preview(Actor actor, string organisation, string participantCode) =>
        erasure.Preview(organisation, participantCode, Erasing(actor).Scope);

    public ErasureOutcome Erase(Actor actor, string organisation, string participantCode)
    {
        var outcome = erasure.Erase(organisation, participantCode, Erasing(actor).Scope);
        Record(actor, organisation, outcome);
        return outcome;
    }

    /// <summary>Those who import erase, on the loaded-data page: the command line, an administrator and a director.</summary>
    private static Actor Erasing(Actor actor) => actor.May(v => v.CanImport) ? actor : throw new AccessDeniedException(ActionRights.NoRight);

    /// <summary>A refusal found before erasing (the confirmation's preview refused): recorded as the erasure would have been.</summary>
    public void Record(Actor actor, string organisation, ErasureOutcome outcome) =>
        audit.Write(actor, outcome.Succeeded
            ? new AuditLine(AuditWordings.Erased, ("organisation", outcome.Organisation ?? organisation), ("counts", outcome.Counts))
            : new AuditLine(AuditWordings.ErasureRefused, ("organisation", outcome.Organisation ?? organisation), ("message", outcome.Message)));
}
