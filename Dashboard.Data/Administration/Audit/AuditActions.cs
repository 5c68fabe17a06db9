using System.Globalization;

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
        AuditAction.Sector => "sector",
        AuditAction.Verhalen => "verhalen",
        AuditAction.Delen => "delen",
    };

    public static AuditAction? Parse(string? key) =>
        Enum.GetValues<AuditAction>().Cast<AuditAction?>().FirstOrDefault(a => string.Equals(a!.Value.Key(), key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The action as the audit log shows it, in <paramref name="culture"/>.</summary>
    public static string Label(this AuditAction action, CultureInfo culture) => AdministrationTexts.Get($"Action.{action.Key()}", culture);
}
