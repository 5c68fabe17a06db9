using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// Saving and deleting a practice's theory of change: for a role that edits them, only for a practice of an organisation
/// in the actor's scope — checked here, whatever a page sends — and both audited in one wording.
/// </summary>
public sealed class TheoryOfChangeService(TheoryOfChangeStore store, Owners owners, AuditLog audit)
{
    /// <exception cref="AccessDeniedException">The practice is outside the actor's scope or, for a scoped actor, does not exist.</exception>
    /// <exception cref="ArgumentException">It is not valid; the message says why, in Dutch.</exception>
    public PracticeTheoryOfChange Save(Actor actor, PracticeTheoryOfChange theory)
    {
        var path = Practice(actor, theory.PracticeId);
        var saved = store.Save(theory);
        audit.Write(actor, new AuditLine(AuditWordings.TheorySaved, ("practice", path)));
        return saved;
    }

    /// <summary>Removes the practice's theory of change; returns whether it had one.</summary>
    /// <exception cref="AccessDeniedException">The practice is outside the actor's scope or, for a scoped actor, does not exist.</exception>
    public bool Delete(Actor actor, long practiceId)
    {
        var path = Practice(actor, practiceId);
        var deleted = store.Delete(practiceId);
        // Nothing to delete (none stored, or no such practice): nothing happened, so nothing to record.
        if (deleted)
        {
            audit.Write(actor, new AuditLine(AuditWordings.TheoryDeleted, ("practice", path)));
        }
        return deleted;
    }

    /// <summary>The practice's path for the audit line, once the actor may change its theory of change.</summary>
    private string? Practice(Actor actor, long practiceId)
    {
        actor.Require(v => v.CanEditTargets);
        var practice = owners.Practice(practiceId);
        if (practice is { } found ? !actor.Scope.Includes(found.OrganisationId) : !actor.Scope.AllOrganisations)
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        return practice?.Path;
    }
}
