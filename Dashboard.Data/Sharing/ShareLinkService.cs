using System.Globalization;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Data.Sharing;

/// <summary>
/// The one door of share links (docs/weergave-en-export.md#delen-via-een-link): making one of a file as it was made,
/// listing and revoking them within the actor's scope, and serving a valid one to someone without an account. Every
/// creation, download and revocation is audited, never with the token.
/// </summary>
public sealed class ShareLinkService(ShareLinkStore store, ExportService exports, IndicatorService indicators, AuditLog audit, TimeProvider clock)
{
    /// <summary>
    /// Shares the factsheet (PDF) or, with <see cref="ExportOrder.Report"/>, the funder report (Word or PDF as
    /// <paramref name="format"/> says) of <paramref name="order"/> — a good practice or an organisation — exactly as its
    /// download would be made: through <see cref="ExportService"/>, protected, with the page's filter and language, for
    /// <paramref name="days"/> days. <paramref name="link"/> is the download link it was made from, for the audit log. The
    /// link holds the stories the file contains, so that withdrawing one's consent revokes it.
    /// </summary>
    /// <exception cref="AccessDeniedException">The role may not share, or the filter lies outside the scope.</exception>
    /// <exception cref="ShareLinkRefusedException">Days outside 1–90, or not a view with a factsheet or report; the message says so in the order's language.</exception>
    /// <exception cref="UnknownFilterValueException">The filter names something that does not exist.</exception>
    /// <exception cref="ExportRefusedException">There is no factsheet or report of this selection, or not in this format.</exception>
    public ShareLinkCreated ShareDocument(Actor actor, string link, ExportOrder order, ExportFormat format, int days)
    {
        actor.Require(v => v.CanShare);
        ShareLinkRules.CheckDays(days, order.Culture);
        if (order.View is not (ExportView.Praktijk or ExportView.Overzicht) || format is not (ExportFormat.Pdf or ExportFormat.Docx))
        {
            throw new ShareLinkRefusedException(ShareLinkTexts.Get("Factsheet.WrongView", order.Culture));
        }
        var file = exports.Export(actor, link, format, order, ChartSize.Screen, CsvDialect.DutchExcel);
        return Share(actor, new SharedFile(order.Report ? ShareKind.Rapport : ShareKind.Factsheet, file.Title ?? file.FileName, file.FileName,
            file.ContentType, file.Bytes, order.Culture) { Organisations = Organisations(actor, order), StoryIds = file.Stories }, days);
    }

    /// <summary>Shares a file already made (a funder report, say) for <paramref name="days"/> days; returns the token, shown once.</summary>
    /// <exception cref="AccessDeniedException">The role may not share, or the file shows figures of an organisation outside the scope.</exception>
    /// <exception cref="ShareLinkRefusedException">Days outside 1–90; the message says so in the file's language.</exception>
    public ShareLinkCreated Share(Actor actor, SharedFile file, int days)
    {
        actor.Require(v => v.CanShare);
        ShareLinkRules.CheckDays(days, file.Culture);
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

    /// <summary>Whose figures the factsheet shows: the organisations of the practices its filter leaves, within the actor's scope.</summary>
    private HashSet<long> Organisations(Actor actor, ExportOrder order)
    {
        var period = order.Filter.Period ?? indicators.DefaultPeriod(order.Today);
        var practices = indicators.Snapshot.Practices;
        var filter = actor.Viewer is { } viewer
            ? ScopedFilter.Resolve(order.Filter, period, practices, viewer)
            : FilterResolver.Resolve(order.Filter, period, practices);
        return practices.Where(filter.Includes).Select(p => p.OrganisationId).ToHashSet();
    }
}
