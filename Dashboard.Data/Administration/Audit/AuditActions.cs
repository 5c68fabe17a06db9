namespace Dashboard.Data.Administration.Audit;

public static class AuditActions
{
    /// <summary>The value stored in audit_log.action, written out: renaming a member must not change stored lines.</summary>
    public static string Key(this AuditAction action) => action switch
    {
        AuditAction.Aanmelden => "aanmelden",
        AuditAction.AanmeldenMislukt => "aanmeldenmislukt",
        AuditAction.Afmelden => "afmelden",
        AuditAction.WachtwoordGewijzigd => "wachtwoordgewijzigd",
        AuditAction.Import => "import",
        AuditAction.ImportOngedaan => "importongedaan",
        AuditAction.Export => "export",
        AuditAction.Instellingen => "instellingen",
        AuditAction.Streefwaarden => "streefwaarden",
        AuditAction.Veranderingstheorie => "veranderingstheorie",
        AuditAction.Demodata => "demodata",
        AuditAction.Gebruiker => "gebruiker",
        AuditAction.Reservekopie => "reservekopie",
        AuditAction.Herstel => "herstel",
        AuditAction.Wissen => "wissen",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "An audit action without a stored key."),
    };

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
