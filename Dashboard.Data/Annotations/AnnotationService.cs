using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Annotations;

/// <summary>
/// The one door for annotations (docs/weergave-en-export.md#gebeurtenissen): a director writes and deletes those of their own
/// organisation, the administrator those of any; the board and communications staff read them. Scope is checked here on the
/// stored organisation and practice, whatever a page sends; adding and deleting are audited with the date and the text
/// (an annotation is a public sentence, not personal data).
/// </summary>
public sealed class AnnotationService(AnnotationStore store, Owners owners, AuditLog audit, TimeProvider clock)
{
    /// <summary>The annotations of the organisations the actor may see.</summary>
    public IReadOnlyList<Annotation> Visible(Actor actor) => store.All().Where(a => actor.Scope.Includes(a.OrganisationId)).ToList();

    /// <summary>Whether the actor may add annotations about the organisation, and delete them.</summary>
    public static bool MayWrite(Actor actor, long organisationId) => actor.May(v => v.CanAnnotate) && actor.Scope.Includes(organisationId);

    /// <summary>Stores a new annotation, its text trimmed, and audits it.</summary>
    /// <exception cref="AccessDeniedException">The role writes no annotations, or the organisation or practice is outside the actor's scope.</exception>
    /// <exception cref="InvalidFieldsException">The date or the text is not valid; nothing is saved.</exception>
    public Annotation Add(Actor actor, AnnotationDraft draft)
    {
        var owner = Owner(actor, draft.OrganisationId, draft.PracticeId);
        InvalidFieldsException.ThrowIfAny(AnnotationRules.Check(draft));
        var added = store.Add(draft with { Text = draft.Text!.Trim() }, actor.Name, clock.GetLocalNow());
        audit.Write(actor, new AuditLine(AuditWordings.AnnotationAdded, ("owner", owner), ("date", added.Date.ToString("yyyy-MM-dd")), ("text", added.Text)));
        return added;
    }

    /// <summary>Deletes the annotation; returns whether there was one.</summary>
    /// <exception cref="AccessDeniedException">The role writes no annotations, or the annotation is about an organisation outside the actor's scope.</exception>
    public bool Delete(Actor actor, long id)
    {
        actor.Require(v => v.CanAnnotate);
        // An unknown number and another organisation's annotation get the same words: a scoped user cannot tell them apart.
        var annotation = store.Get(id);
        if (annotation is null ? !actor.Scope.AllOrganisations : !actor.Scope.Includes(annotation.OrganisationId))
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        if (annotation is null)
        {
            return false;
        }
        var owner = Owner(actor, annotation.OrganisationId, annotation.PracticeId);
        var deleted = store.Delete(id);
        if (deleted)
        {
            audit.Write(actor, new AuditLine(AuditWordings.AnnotationDeleted, ("owner", owner), ("date", annotation.Date.ToString("yyyy-MM-dd")),
                ("text", annotation.Text)));
        }
        return deleted;
    }

    /// <summary>The organisation's name, or the practice's path, for the audit line, once the actor may write about it.</summary>
    private string Owner(Actor actor, long organisationId, long? practiceId)
    {
        actor.Require(v => v.CanAnnotate);
        if (!actor.Scope.Includes(organisationId) || owners.Organisation(organisationId) is not { } organisation)
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        if (practiceId is not { } id)
        {
            return organisation;
        }
        // A practice of another organisation is outside what this annotation may be about, whoever asks.
        return owners.Practice(id) is { } practice && practice.OrganisationId == organisationId
            ? practice.Path
            : throw new AccessDeniedException(ActionRights.OutsideScope);
    }
}
