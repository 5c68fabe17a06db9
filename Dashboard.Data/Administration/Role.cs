using System.Globalization;

namespace Dashboard.Data.Administration;

/// <summary>The four roles of docs/privacy-en-toegang.md#rollen-en-bereik; what each may do is in <see cref="Viewer"/>.</summary>
public enum Role
{
    Beheerder,
    Directie,
    Bestuur,
    Communicatie,
}

public static class Roles
{
    public static readonly IReadOnlyList<Role> All = Enum.GetValues<Role>();

    /// <summary>
    /// The role as stored and as a claim: "beheerder", "directie", "bestuur", "communicatie". Written out, so renaming a
    /// member never changes a stored role.
    /// </summary>
    public static string Key(this Role role) => role switch
    {
        Role.Beheerder => "beheerder",
        Role.Directie => "directie",
        Role.Bestuur => "bestuur",
        Role.Communicatie => "communicatie",
    };

    public static Role? Parse(string? key) => All.Cast<Role?>().FirstOrDefault(r => string.Equals(r!.Value.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Label(this Role role, CultureInfo culture) => AdministrationTexts.Get($"Role.{role.Key()}", culture);
}
