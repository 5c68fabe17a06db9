namespace Dashboard.Data.Audit;

/// <summary>What the audit log records (SPEC §5): logins, imports, exports, settings, targets, user changes, backups, restores and erasures.</summary>
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
}

public static class AuditActions
{
    public static string Key(this AuditAction action) => action.ToString().ToLowerInvariant();

    public static AuditAction? Parse(string? key) =>
        Enum.GetValues<AuditAction>().Cast<AuditAction?>().FirstOrDefault(a => string.Equals(a!.Value.Key(), key, StringComparison.OrdinalIgnoreCase));

    public static string Label(this AuditAction action, bool english) => action switch
    {
        AuditAction.Aanmelden => english ? "Login" : "Aanmelden",
        AuditAction.AanmeldenMislukt => english ? "Failed login" : "Aanmelden mislukt",
        AuditAction.Afmelden => english ? "Logout" : "Afmelden",
        AuditAction.WachtwoordGewijzigd => english ? "Password changed" : "Wachtwoord gewijzigd",
        AuditAction.Import => "Import",
        AuditAction.ImportOngedaan => english ? "Import undone" : "Import ongedaan",
        AuditAction.Export => "Export",
        AuditAction.Instellingen => english ? "Settings" : "Instellingen",
        AuditAction.Streefwaarden => english ? "Targets" : "Streefwaarden",
        AuditAction.Veranderingstheorie => english ? "Theory of change" : "Veranderingstheorie",
        AuditAction.Demodata => english ? "Demo data" : "Demodata",
        AuditAction.Reservekopie => english ? "Backup" : "Reservekopie",
        AuditAction.Herstel => english ? "Restore" : "Herstel",
        AuditAction.Wissen => english ? "Participant erased" : "Deelnemer gewist",
        _ => english ? "User" : "Gebruiker",
    };
}
