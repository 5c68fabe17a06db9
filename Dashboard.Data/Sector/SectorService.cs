using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Sector;

/// <summary>
/// The one door for the sector's settings (docs/sector.md): the administrator switches an organisation's taking part on
/// or off; a director publishes or removes the contact of their own organisation and enters the "actief sinds" of its
/// practices, the administrator of any. Scope is checked here on the stored organisation, whatever a page sends; every
/// change is audited, a change that changes nothing is not.
/// </summary>
public sealed class SectorService(SectorStore store, AuditLog audit, TimeProvider clock)
{
    /// <summary>What an unknown organisation is called in a refusal to someone who may know it exists or not (the administrator, the command line).</summary>
    public static string UnknownOrganisation(string name) => $"Er is geen organisatie met de naam '{name}'. Er is niets veranderd.";

    public IReadOnlyList<SectorOrganisation> Organisations() => store.Organisations();

    /// <summary>The organisations whose contact and practices the actor may edit: all for the administrator, their own for a director.</summary>
    public IReadOnlyList<SectorOrganisation> EditableOrganisations(Actor actor) =>
        actor.May(v => v.CanEditTargets) ? store.Organisations().Where(o => actor.Scope.Includes(o.Id)).ToList() : [];

    /// <summary>Switches the organisation's taking part on or off; returns whether it changed.</summary>
    /// <exception cref="AccessDeniedException">Only the administrator (and the command line) decides who takes part.</exception>
    /// <exception cref="ArgumentException">There is no such organisation.</exception>
    public bool SetTakesPart(Actor actor, long organisationId, bool takesPart)
    {
        actor.Require(v => v.CanEditSettings);
        var organisation = store.Organisation(organisationId)
                           ?? throw new ArgumentException($"Er bestaat geen organisatie met nummer {organisationId}.", nameof(organisationId));
        var was = store.SetTakesPart(organisationId, takesPart)
                  ?? throw new ArgumentException($"Er bestaat geen organisatie met nummer {organisationId}.", nameof(organisationId));
        if (was == takesPart)
        {
            return false;
        }
        audit.Write(actor, new AuditLine(takesPart ? AuditWordings.TakesPartOn : AuditWordings.TakesPartOff, ("organisation", organisation.Name)));
        return true;
    }

    /// <summary>The organisation's published contact, for someone who may edit it.</summary>
    /// <exception cref="AccessDeniedException">The organisation is outside the actor's scope, or the role edits no contact.</exception>
    public OrganisationContact? Contact(Actor actor, long organisationId)
    {
        Editable(actor, organisationId);
        return store.Contact(organisationId);
    }

    /// <summary>Publishes the organisation's contact, its texts trimmed, or replaces the one it had.</summary>
    /// <exception cref="AccessDeniedException">The organisation is outside the actor's scope, or the role edits no contact.</exception>
    /// <exception cref="InvalidFieldsException">A field is not valid; nothing is saved.</exception>
    public OrganisationContact SaveContact(Actor actor, OrganisationContact contact)
    {
        var organisation = Editable(actor, contact.OrganisationId);
        InvalidFieldsException.ThrowIfAny(SectorRules.Check(contact));
        var saved = new OrganisationContact(contact.OrganisationId, contact.Name.Trim(), contact.Email.Trim(), contact.About.Trim());
        store.SaveContact(saved);
        audit.Write(actor, new AuditLine(AuditWordings.ContactPublished, ("organisation", organisation.Name), ("name", saved.Name)));
        return saved;
    }

    /// <summary>Removes the organisation's contact, which unpublishes it; returns whether it had one.</summary>
    /// <exception cref="AccessDeniedException">The organisation is outside the actor's scope, or the role edits no contact.</exception>
    public bool RemoveContact(Actor actor, long organisationId)
    {
        var organisation = Editable(actor, organisationId);
        var removed = store.RemoveContact(organisationId);
        if (removed)
        {
            audit.Write(actor, new AuditLine(AuditWordings.ContactRemoved, ("organisation", organisation.Name)));
        }
        return removed;
    }

    /// <summary>The organisation's practices with their "actief sinds", for someone who may edit them.</summary>
    /// <exception cref="AccessDeniedException">The organisation is outside the actor's scope, or the role edits none.</exception>
    public IReadOnlyList<SectorPractice> Practices(Actor actor, long organisationId)
    {
        Editable(actor, organisationId);
        return store.Practices(organisationId);
    }

    /// <summary>Sets the year the practice is active since — entered, never derived from its data — or clears it (null); returns whether it changed.</summary>
    /// <exception cref="AccessDeniedException">The practice's organisation is outside the actor's scope (or the practice does not exist), or the role edits none.</exception>
    /// <exception cref="InvalidFieldsException">The year is before 1900 or after this year; nothing is saved.</exception>
    public bool SetActiveSince(Actor actor, long practiceId, int? year)
    {
        actor.Require(v => v.CanEditTargets);
        var practice = store.Practice(practiceId);
        if (practice is null || !actor.Scope.Includes(practice.OrganisationId))
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        if (SectorRules.CheckYear(year, clock.GetLocalNow().Year) is { } problem)
        {
            throw new InvalidFieldsException([problem]);
        }
        if (practice.ActiveSince == year)
        {
            return false;
        }
        store.SetActiveSince(practiceId, year);
        audit.Write(actor, new AuditLine(AuditWordings.ActiveSinceSet,
            ("practice", $"{practice.Name} — {practice.StoreName} ({practice.OrganisationName})"), ("old", Year(practice.ActiveSince)), ("year", Year(year))));
        return true;
    }

    /// <summary>The list of good practices in the sector, for every signed-in role: no figures, so no scope (docs/sector.md#goede-praktijken-in-de-sector).</summary>
    public IReadOnlyList<SectorPractice> Directory() => store.Directory();

    private static string Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The organisation, once the actor may edit its contact and practices; a scoped actor learns nothing from one that does not exist.</summary>
    private SectorOrganisation Editable(Actor actor, long organisationId)
    {
        actor.Require(v => v.CanEditTargets);
        if (!actor.Scope.Includes(organisationId))
        {
            throw new AccessDeniedException(ActionRights.OutsideScope);
        }
        return store.Organisation(organisationId)
               ?? (actor.Scope.AllOrganisations
                   ? throw new ArgumentException($"Er bestaat geen organisatie met nummer {organisationId}.", nameof(organisationId))
                   : throw new AccessDeniedException(ActionRights.OutsideScope));
    }
}
