using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Stories;

/// <summary>
/// The one door for the stories of the good practices (docs/verhalen.md): everyone reads those of the practices in their
/// scope; a director (their own organisation's) and an administrator add and edit them, and delete one when its
/// participant withdraws consent. Scope is checked here on what is stored, whatever a page sends; every change is audited
/// by the story's number and practice, never by a word of its content.
/// </summary>
public sealed class StoryService(StoryStore store, Owners owners, AuditLog audit, TimeProvider clock)
{
    /// <summary>The most stories a page shows at once: a kind across the sector may have many.</summary>
    public const int MaxShown = 20;

    /// <summary>The newest <see cref="MaxShown"/> stories of <paramref name="practices"/> the viewer may see, and how many there are in all.</summary>
    public (IReadOnlyList<StoryCard> Cards, int Total) Read(Viewer viewer, IEnumerable<PracticeInfo> practices)
    {
        var visible = practices.Where(p => viewer.MaySee(p.OrganisationId)).ToDictionary(p => p.Id);
        var (newest, total) = store.ForPractices(visible.Keys, MaxShown);
        return (newest.Select(s => new StoryCard(s, visible[s.PracticeId].Name, MayWrite(viewer, visible[s.PracticeId]))).ToList(), total);
    }

    /// <summary>Whether the viewer may add stories to the practice, and edit or withdraw its stories.</summary>
    public static bool MayWrite(Viewer viewer, PracticeInfo practice) => viewer.CanWriteStories && viewer.MaySee(practice.OrganisationId);

    /// <summary>Adds the draft as a story of its practice, or saves the changes to the story it was made from; returns it as stored.</summary>
    /// <exception cref="AccessDeniedException">The role may not, or the practice (or the story's practice) is outside the actor's scope or does not exist.</exception>
    /// <exception cref="InvalidFieldsException">A field is not valid (among others: no consent, or something that looks like an identifier); nothing is saved.</exception>
    /// <exception cref="ArgumentException">There is no such practice, or no such story of it.</exception>
    public Story Save(Actor actor, StoryDraft draft)
    {
        var path = Practice(actor, draft.Id is { } id ? store.Get(id)?.PracticeId : draft.PracticeId);
        if (draft.Id is not null)
        {
            // Edited under its own practice only: a story never moves to another, whatever the page sends.
            Practice(actor, draft.PracticeId);
        }
        var saved = store.Save(draft);
        audit.Write(actor, new AuditLine(draft.Id is null ? AuditWordings.StoryAdded : AuditWordings.StoryChanged,
            ("story", saved.Id), ("practice", path)));
        return saved;
    }

    /// <summary>
    /// The participant withdrew consent: the story is deleted, today, and the audit log says so without its content. Returns
    /// what is left to know of it — the seam for whatever was made from it (docs/verhalen.md#toestemming-intrekken) — or
    /// null when there was no such story (then nothing is recorded).
    /// </summary>
    /// <exception cref="AccessDeniedException">The role may not, or the story's practice is outside the actor's scope; for a scoped actor also when there is no such story.</exception>
    public WithdrawnStory? WithdrawConsent(Actor actor, long storyId)
    {
        var story = store.Get(storyId);
        var path = Practice(actor, story?.PracticeId);
        if (story is null || !store.Delete(storyId))
        {
            return null;
        }
        var withdrawn = new WithdrawnStory(story.Id, story.PracticeId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        audit.Write(actor, new AuditLine(AuditWordings.StoryWithdrawn,
            ("story", withdrawn.StoryId), ("practice", path), ("date", IsoDate.Format(withdrawn.WithdrawnOn))));
        return withdrawn;
    }

    /// <summary>The practice's path for the audit line, once the actor may write its stories; null only for an unrestricted actor and no such practice.</summary>
    private string? Practice(Actor actor, long? practiceId)
    {
        actor.Require(v => v.CanWriteStories);
        var practice = practiceId is { } id ? owners.Practice(id) : null;
        if (practice is { } found ? !actor.Scope.Includes(found.OrganisationId) : !actor.Scope.AllOrganisations)
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        return practice?.Path;
    }
}
