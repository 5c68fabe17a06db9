using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;

namespace Dashboard.Data.Figures.Targets;

/// <summary>
/// Setting and removing targets: for a role that edits targets, only for an organisation in the actor's scope or a
/// practice of one — checked here on the stored owner, whatever a page sends — and audited in one wording.
/// </summary>
public sealed class TargetService(TargetStore store, Owners owners, AuditLog audit)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>Inserts the target, or changes the value of the one with the same year, indicator and owner; returns whether it existed.</summary>
    /// <exception cref="AccessDeniedException">The owner is outside the actor's scope or, for a scoped actor, does not exist.</exception>
    /// <exception cref="ArgumentException">The target is not valid; the message says why, in Dutch.</exception>
    public bool Save(Actor actor, Target target)
    {
        var owner = Owner(actor, target);
        var existed = store.List(target.Year).Any(t => t.Indicator == target.Indicator && t.OrganisationId == target.OrganisationId && t.PracticeId == target.PracticeId);
        store.Save(target);
        audit.Write(actor, new AuditLine(existed ? AuditWordings.TargetChanged : AuditWordings.TargetAdded, ("indicator", target.Indicator),
            ("year", target.Year), ("owner", owner), ("value", target.Value.ToString(Dutch))));
        return existed;
    }

    /// <summary>Removes the target with the same year, indicator and owner; returns whether there was one.</summary>
    /// <exception cref="AccessDeniedException">The owner is outside the actor's scope or, for a scoped actor, does not exist.</exception>
    public bool Delete(Actor actor, Target target)
    {
        var owner = Owner(actor, target);
        var deleted = store.Delete(target);
        // Nothing to delete (another page deleted it first): nothing happened, so nothing to record.
        if (deleted)
        {
            audit.Write(actor, new AuditLine(AuditWordings.TargetDeleted, ("indicator", target.Indicator), ("year", target.Year), ("owner", owner)));
        }
        return deleted;
    }

    /// <summary>The owner's name for the audit line, once the actor may change its targets.</summary>
    private string? Owner(Actor actor, Target target)
    {
        actor.Require(v => v.CanEditTargets);
        var (organisationId, name) = target switch
        {
            { OrganisationId: { } organisation, PracticeId: null } => ((long?)organisation, owners.Organisation(organisation)),
            { OrganisationId: null, PracticeId: { } practice } when owners.Practice(practice) is { } found => (found.OrganisationId, found.Label),
            _ => (null, null),
        };
        // A scoped actor learns nothing from an owner that does not exist; for the others the store says what is wrong.
        if (organisationId is { } id ? !actor.Scope.Includes(id) : !actor.Scope.AllOrganisations)
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        return name;
    }
}
