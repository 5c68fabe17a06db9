namespace Dashboard.Data.Administration.Audit;

/// <summary>What the audit log records: logins, imports, exports, settings, targets, user changes, backups, restores, erasures, the sector's settings (docs/sector.md), stories (docs/verhalen.md) and share links (docs/weergave-en-export.md#delen-via-een-link).</summary>
public enum AuditAction
{
    Aanmelden,
    AanmeldenMislukt,
    Afmelden,
    WachtwoordGewijzigd,
    Import,
    ImportOngedaan,
    Export,
    Instellingen,
    Streefwaarden,
    Veranderingstheorie,
    Demodata,
    Gebruiker,
    Reservekopie,
    Herstel,
    Wissen,
    Sector,
    Verhalen,
    Delen,
}
