using Dashboard.Data.Administration;

namespace Dashboard.Components.Pages.Users;

/// <summary>What the user form holds while it is being filled in; <see cref="ToDraft"/> gives the store's draft.</summary>
public sealed class UserFormDraft
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public Role Role { get; set; } = Role.Bestuur;
    public bool AllOrganisations { get; set; }
    public IEnumerable<long> Organisations { get; set; } = [];

    /// <summary>A beheerder always sees everything, a directie exactly one organisation: "alle organisaties" is not theirs to choose.</summary>
    public bool CanChooseAllOrganisations => Role is Role.Bestuur or Role.Communicatie;

    public static UserFormDraft Of(UserAccount user) => new()
    {
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Role = user.Role,
        AllOrganisations = user.Scope.AllOrganisations,
        Organisations = user.Scope.Organisations.ToList(),
    };

    public UserDraft ToDraft() =>
        new(UserName, DisplayName, Role, Role == Role.Beheerder || (CanChooseAllOrganisations && AllOrganisations),
            Role == Role.Beheerder || (CanChooseAllOrganisations && AllOrganisations) ? new HashSet<long>() : Organisations.ToHashSet());
}
