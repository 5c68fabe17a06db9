using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Sharing;

/// <summary>
/// The one door of share links (docs/weergave-en-export.md#delen-via-een-link): making one of a file as it was made,
/// listing and revoking them within the actor's scope, and serving a valid one to someone without an account. Every
/// creation, download and revocation is audited, never with the token.
/// </summary>
public sealed class ShareLinkService(ShareLinkStore store, AuditLog audit, TimeProvider clock)
{
    /// <summary>Shares a file as it was made (a factsheet or funder report, through <c>ExportService.Share</c>) for <paramref name="days"/> days; returns the token, shown once.</summary>
    /// <exception cref="AccessDeniedException">The role may not share, or the file shows figures of an organisation outside the scope.</exception>
    /// <exception cref="ShareLinkRefusedException">Days outside 1–90, or the actor's links of the past hour are as many as can be; the message says so in the file's language.</exception>
    public ShareLinkCreated Share(Actor actor, SharedFile file, int days)
    {
        actor.Require(v => v.CanShare);
        ShareLinkRules.CheckDays(days, file.Culture);
        CheckRoom(actor, file.Culture);
        if (!actor.Scope.AllOrganisations && (file.Organisations.Count == 0 || !file.Organisations.All(actor.Scope.Includes)))
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        var title = Ellipsis.Shorten(file.Title.Trim(), ShareLinkRules.TitleLength);
        var token = ShareLinkRules.NewToken();
        var now = clock.GetUtcNow();
        store.DropExpiredFiles(now);
        var expires = now.AddDays(days);
        var id = store.Insert(file with { Title = title }, ShareLinkRules.Hash(token), actor.Name, actor.Viewer?.DisplayName ?? actor.Name, now, expires);
        audit.Write(actor, new AuditLine(AuditWordings.ShareLinkCreated, ("id", id), ("title", title), ("file", file.FileName), ("days", days),
            ("until", Local(expires).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture))));
        return new ShareLinkCreated(id, token, expires);
    }

    /// <summary>Refuses a link beyond the <see cref="ShareLinkRules.MostPerHour"/> the actor may make in an hour, before anything is made.</summary>
    /// <exception cref="ShareLinkRefusedException">The actor made that many in the past hour; the message says so in <paramref name="culture"/>.</exception>
    public void CheckRoom(Actor actor, CultureInfo culture)
    {
        if (store.CountMadeSince(actor.Name, clock.GetUtcNow().AddHours(-1)) >= ShareLinkRules.MostPerHour)
        {
            throw new ShareLinkRefusedException(ShareLinkTexts.Format("Links.TooMany", culture, ShareLinkRules.MostPerHour));
        }
    }

    /// <summary>
    /// The links the actor may see, newest first: the administrator all, a director those of their organisation, communications
    /// those whose figures all lie in their scope. Files of links that expired meanwhile are dropped first.
    /// </summary>
    /// <exception cref="AccessDeniedException">The role may not share.</exception>
    public IReadOnlyList<ShareLink> List(Actor actor)
    {
        actor.Require(v => v.CanShare);
        store.DropExpiredFiles(clock.GetUtcNow());
        return store.List().Where(l => Visible(actor, l)).ToList();
    }

    /// <summary>Revokes a link and drops its file; returns false when it was revoked already (nothing recorded then).</summary>
    /// <exception cref="AccessDeniedException">The role may not share, or the link is outside the scope or does not exist (the same words).</exception>
    public bool Revoke(Actor actor, long id)
    {
        actor.Require(v => v.CanShare);
        if (store.Get(id) is not { } link || !Visible(actor, link))
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        if (!store.Revoke(id, actor.Name, clock.GetUtcNow()))
        {
            return false;
        }
        audit.Write(actor, new AuditLine(AuditWordings.ShareLinkRevoked, ("id", id), ("title", link.Title)));
        return true;
    }

    /// <summary>
    /// Revokes every link whose file contains the story — called when its consent is withdrawn, by whoever withdraws it:
    /// the consent decides, not the scope, so no link that shows the story outlives it. Returns the links revoked now.
    /// </summary>
    public IReadOnlyList<long> RevokeContainingStory(long storyId, Actor actor, string reason)
    {
        var revoked = new List<long>();
        foreach (var id in store.ContainingStory(storyId))
        {
            var link = store.Get(id);
            if (link is not null && store.Revoke(id, actor.Name, clock.GetUtcNow()))
            {
                audit.Write(actor, new AuditLine(AuditWordings.ShareLinkRevokedForStory, ("id", id), ("title", link.Title), ("story", storyId),
                    ("reason", reason)));
                revoked.Add(id);
            }
        }
        return revoked;
    }

    /// <summary>The link a token opens while it is valid and holds its file; null for any other token — expired, revoked, wrong or malformed alike.</summary>
    public ShareLink? Open(string? token)
    {
        if (!ShareLinkRules.IsWellFormed(token))
        {
            return null;
        }
        var hash = ShareLinkRules.Hash(token!);
        ShareLink? found = null;
        var hasFile = false;
        // Every candidate is compared, in constant time, whichever matches.
        foreach (var candidate in store.Find(ShareLinkRules.Lookup(hash)))
        {
            if (ShareLinkRules.Matches(hash, candidate.TokenHash))
            {
                (found, hasFile) = (candidate.Link, candidate.HasFile);
            }
        }
        var now = clock.GetUtcNow();
        if (found is null || !hasFile || found.StatusAt(now) != ShareLinkStatus.Geldig)
        {
            if (found is not null && hasFile)
            {
                store.DropExpiredFiles(now);
            }
            return null;
        }
        return found;
    }

    /// <summary>The stored file of a valid link, counted and audited with the visitor's address; null for any other token.</summary>
    public SharedDownload? Download(string? token, string address)
    {
        if (Open(token) is not { } link || store.Content(link.Id) is not { } bytes)
        {
            return null;
        }
        store.CountDownload(link.Id);
        audit.WriteAs(null, new AuditLine(AuditWordings.ShareLinkDownloaded, ("id", link.Id), ("title", link.Title), ("file", link.FileName),
            ("address", address)));
        return new SharedDownload(link, bytes);
    }

    /// <summary>A stored time on the installation's clock, as the link page and the list show it.</summary>
    public DateTimeOffset Local(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, clock.LocalTimeZone);

    private static bool Visible(Actor actor, ShareLink link) =>
        actor.Scope.AllOrganisations || (link.Organisations.Count > 0 && link.Organisations.All(actor.Scope.Includes));
}
