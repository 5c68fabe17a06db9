using Dashboard.Components.Pages.Users;
using Dashboard.Data.Administration;

namespace Dashboard.Tests.Users;

/// <summary>What the audit log says about a change to a user: only what changed, was → is, and organisations by name.</summary>
public sealed class UserDescriptionTests
{
    private static readonly IReadOnlyList<OrganisationChoice> Organisations = [new(1, "Kringloop Zwolle"), new(2, "Kringloop Aan de Maas")];

    private static readonly UserAccount Anna =
        new(7, "anna", "Anna de Wit", Role.Bestuur, AccessScope.Of([1, 2]), "hash", false, false, false);

    [Fact]
    public void A_change_names_the_user_and_each_thing_that_changed()
    {
        var subject = UserDescription.Changed(Anna, new UserDraft("anna", "Anna de Wit-Smit", Role.Directie, false, new HashSet<long> { 1 }), Organisations);

        Assert.Equal(
            "gebruiker 'anna' gewijzigd: naam 'Anna de Wit' → 'Anna de Wit-Smit'; rol bestuur → directie; organisaties Kringloop Aan de Maas, Kringloop Zwolle → Kringloop Zwolle",
            subject);
    }

    [Fact]
    public void Saving_without_a_change_says_so()
    {
        Assert.Equal("gebruiker 'anna' gewijzigd: geen wijzigingen",
            UserDescription.Changed(Anna, new UserDraft("anna", " Anna de Wit ", Role.Bestuur, false, new HashSet<long> { 2, 1 }), Organisations));
    }

    [Fact]
    public void Becoming_beheerder_means_all_organisations()
    {
        Assert.Equal("gebruiker 'anna' gewijzigd: rol bestuur → beheerder; organisaties Kringloop Aan de Maas, Kringloop Zwolle → alle organisaties",
            UserDescription.Changed(Anna, new UserDraft("anna", "Anna de Wit", Role.Beheerder, false, new HashSet<long> { 1 }), Organisations));
    }
}
