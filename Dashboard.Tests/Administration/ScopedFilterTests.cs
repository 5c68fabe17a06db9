using Dashboard.Data.Administration;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Tests.Administration;

/// <summary>A URL's filter as a scoped user may use it: inside the scope, or "geen toegang" — never silently empty.</summary>
public class ScopedFilterTests
{
    private static readonly IReadOnlyList<PracticeInfo> Practices =
    [
        new(1, "REST", "Restaurant", "horeca", 10, "AMF", "Amersfoort", "Amersfoort", 1600, 100, "Stichting Tweede Ronde"),
        new(2, "WINKEL", "Winkelvloer", "winkel", 11, "UTO", "Overvecht", "Utrecht", 900, 100, "Stichting Tweede Ronde"),
        new(3, "REST", "Restaurant De Pan", "horeca", 20, "VNL", "Venlo", "Venlo", 2400, 200, "Kringloop Aan de Maas"),
    ];

    private static readonly Period Year = Period.Year(2025);

    private static readonly Viewer Director = new(1, "d", "D", Role.Directie, AccessScope.Of([100]));

    [Fact]
    public void A_filter_that_names_no_organisation_is_narrowed_to_the_scope()
    {
        var filter = ScopedFilter.Resolve(new NamedFilter { PracticeKinds = ["horeca"] }, Year, Practices, Director);

        Assert.Equal([1L], Practices.Where(filter.Includes).Select(p => p.Id));
    }

    private static NamedFilter Naming(string what, string value) => what switch
    {
        "org" => new NamedFilter { Organisations = [value] },
        "winkel" => new NamedFilter { Stores = [value] },
        _ => new NamedFilter { Practices = [value] },
    };

    [Theory]
    [InlineData("org", "Kringloop Aan de Maas")]
    [InlineData("winkel", "VNL")]
    [InlineData("praktijk", "VNL/REST")]
    public void Naming_anything_outside_the_scope_is_no_access(string what, string value)
    {
        var denied = Assert.Throws<AccessDeniedException>(() => ScopedFilter.Resolve(Naming(what, value), Year, Practices, Director));

        Assert.StartsWith(ScopedFilter.NoAccess, denied.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("org", "Kringloop Aan de Maas", "Kringloop Aan de Mass")]
    [InlineData("winkel", "VNL", "VNX")]
    [InlineData("praktijk", "VNL/REST", "VNL/RESTX")]
    public void Another_organisations_place_and_one_that_does_not_exist_get_the_same_answer(string what, string outside, string unknown)
    {
        var toOutside = Assert.Throws<AccessDeniedException>(() => ScopedFilter.Resolve(Naming(what, outside), Year, Practices, Director));
        var toUnknown = Assert.Throws<AccessDeniedException>(() => ScopedFilter.Resolve(Naming(what, unknown), Year, Practices, Director));

        Assert.Equal(toOutside.Message.Replace(outside, "…", StringComparison.Ordinal), toUnknown.Message.Replace(unknown, "…", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_store_names_only_the_stores_in_scope()
    {
        var unknown = Assert.Throws<AccessDeniedException>(() =>
            ScopedFilter.Resolve(new NamedFilter { Stores = ["VNX"] }, Year, Practices, Director));

        Assert.Equal(ScopedFilter.NoAccess + " Winkel 'VNX' bestaat niet of hoort niet bij uw organisaties; binnen uw rechten: AMF, UTO.", unknown.Message);
    }

    [Fact]
    public void An_unknown_code_value_is_not_about_other_organisations_and_keeps_its_suggestion()
    {
        var unknown = Assert.Throws<UnknownFilterValueException>(() =>
            ScopedFilter.Resolve(new NamedFilter { TargetGroups = ["xyz"] }, Year, Practices, Director));

        Assert.Contains("Toegestaan:", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scope_of_no_organisation_sees_nothing_rather_than_everything()
    {
        var nobody = Director with { Scope = AccessScope.Of([]) };

        Assert.Throws<AccessDeniedException>(() => ScopedFilter.Resolve(new NamedFilter(), Year, Practices, nobody));
    }

    [Fact]
    public void The_whole_sector_is_not_narrowed()
    {
        var board = Director with { Role = Role.Bestuur, Scope = AccessScope.Everything };

        var filter = ScopedFilter.Resolve(new NamedFilter { Stores = ["VNL"] }, Year, Practices, board);

        Assert.Equal([3L], Practices.Where(filter.Includes).Select(p => p.Id));
    }
}
