using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Sector;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Sector;

/// <summary>
/// The sector's settings through their one door (docs/sector.md), on both databases: taking part both ways and the
/// figures' snapshot following it, a published contact and its removal, "actief sinds" — each audited; a director edits
/// their own organisation only, and a refused field says which and changes nothing.
/// </summary>
public sealed class SectorServiceTests : IDisposable
{
    private TestInstallation _install = null!;

    private void Install(DatabaseProvider provider) => _install = new TestInstallation(provider: provider).WithStandardStores();

    private SectorStore Store => new(_install.Database);

    private SectorService Service => new(Store, Log, _install.Clock);

    private AuditLog Log => new(_install.Database, _install.Clock);

    private long Organisation(string name) => _install.Query<long>($"SELECT id FROM organisations WHERE name = '{name}'");

    private long Practice(string store, string code) =>
        _install.Query<long>($"SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = '{store}' AND p.code = '{code}'");

    private List<string> AuditLines() => _install.Lines("SELECT user_name, subject, outcome FROM audit_log WHERE action = 'sector' ORDER BY id");

    private OrganisationContact Contact(string organisation) =>
        new(Organisation(organisation), " Petra de Vries ", " petra@aandemaas.nl ", " Over het opzetten van een fietswerkplaats met leerwerkplekken. ");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Taking_part_is_switched_on_and_off_audited_and_raises_the_data_counter_so_the_snapshot_follows(DatabaseProvider provider)
    {
        Install(provider);
        var zwolle = Organisation(StandardStores.Zwolle);
        Assert.All(Store.Organisations(), o => Assert.False(o.TakesPart));
        var cache = new SnapshotCache(_install.Database);
        Assert.DoesNotContain(cache.Get().Practices, p => p.TakesPart);

        Assert.True(Service.SetTakesPart(Actors.Beheerder(), zwolle, true));
        Assert.False(Service.SetTakesPart(Actors.Beheerder(), zwolle, true));

        Assert.Equal([(StandardStores.AanDeMaas, false), (StandardStores.Zwolle, true)], Store.Organisations().Select(o => (o.Name, o.TakesPart)));
        Assert.Equal([StandardStores.Zwolle], cache.Get().Practices.Where(p => p.TakesPart).Select(p => p.OrganisationName).Distinct());

        Assert.True(Service.SetTakesPart(Actors.Beheerder(), zwolle, false));
        Assert.DoesNotContain(cache.Get().Practices, p => p.TakesPart);
        Assert.Equal(
            [
                "beheerder|deelname aan de sector · Kringloop Zwolle: uit → aan|gelukt",
                "beheerder|deelname aan de sector · Kringloop Zwolle: aan → uit|gelukt",
            ],
            AuditLines());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Only_the_administrator_decides_who_takes_part(DatabaseProvider provider)
    {
        Install(provider);
        var own = Organisation(StandardStores.AanDeMaas);

        var refused = Assert.Throws<AccessDeniedException>(() => Service.SetTakesPart(Actors.Directie(own), own, true));

        Assert.Equal(ActionRights.NoRight, refused.Message);
        Assert.False(Store.Organisation(own)!.TakesPart);
        Assert.Empty(AuditLines());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_directie_publishes_and_removes_their_own_contact_trimmed_and_audited(DatabaseProvider provider)
    {
        Install(provider);
        var own = Organisation(StandardStores.AanDeMaas);
        var directie = Actors.Directie(own);

        Service.SaveContact(directie, Contact(StandardStores.AanDeMaas));
        Assert.Equal(new OrganisationContact(own, "Petra de Vries", "petra@aandemaas.nl", "Over het opzetten van een fietswerkplaats met leerwerkplekken."),
            Service.Contact(directie, own));
        Service.SaveContact(directie, Contact(StandardStores.AanDeMaas) with { Name = "Jan Smits" });
        Assert.Equal("Jan Smits", Store.Contact(own)!.Name);

        Assert.True(Service.RemoveContact(directie, own));
        Assert.False(Service.RemoveContact(directie, own));

        Assert.Null(Store.Contact(own));
        Assert.Equal(
            [
                "directie|contact van Kringloop Aan de Maas: Petra de Vries|gepubliceerd",
                "directie|contact van Kringloop Aan de Maas: Jan Smits|gepubliceerd",
                "directie|contact van Kringloop Aan de Maas|verwijderd: niet meer gepubliceerd",
            ],
            AuditLines());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_directie_cannot_touch_another_organisations_contact_or_practices_and_learns_nothing_about_them(DatabaseProvider provider)
    {
        Install(provider);
        var directie = Actors.Directie(Organisation(StandardStores.AanDeMaas));
        var zwolle = Organisation(StandardStores.Zwolle);
        Service.SaveContact(Actors.Beheerder(), Contact(StandardStores.Zwolle));
        var before = _install.Snapshot();

        Assert.All(new Action[]
            {
                () => Service.SaveContact(directie, Contact(StandardStores.Zwolle) with { Name = "Ingebroken" }),
                () => Service.RemoveContact(directie, zwolle),
                () => Service.Contact(directie, zwolle),
                () => Service.Practices(directie, zwolle),
                () => Service.SaveContact(directie, Contact(StandardStores.Zwolle) with { OrganisationId = 999 }),
                () => Service.SetActiveSince(directie, Practice("ZWO", "TEXT"), 2015),
                () => Service.SetActiveSince(directie, 999, 2015),
            },
            action => Assert.Equal(ActionRights.OutsideScope, Assert.Throws<AccessDeniedException>(action).Message));
        Assert.Equal(before, _install.Snapshot());
        Assert.Equal([(StandardStores.AanDeMaas)], Service.EditableOrganisations(directie).Select(o => o.Name));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Board_and_communications_edit_no_contact_even_of_their_own_organisation(DatabaseProvider provider)
    {
        Install(provider);
        var own = Organisation(StandardStores.AanDeMaas);

        Assert.Equal(ActionRights.NoRight,
            Assert.Throws<AccessDeniedException>(() => Service.SaveContact(Actors.Communicatie(own), Contact(StandardStores.AanDeMaas))).Message);
        Assert.Empty(Service.EditableOrganisations(Actors.Communicatie(own)));
        Assert.Equal(0, _install.Count("organisation_contacts"));
    }

    private static readonly (string Name, string Email, string About, string Field, string? Message)[] BadContactCases =
    [
        ("", "p@x.nl", "Fietsen.", "naam", "Vul de naam van de contactpersoon in."),
        (new string('a', 101), "p@x.nl", "Fietsen.", "naam", "De naam van de contactpersoon is 101 tekens lang; hoogstens 100."),
        ("Petra", "petra-at-x.nl", "Fietsen.", "email", "Het e-mailadres 'petra-at-x.nl' is geen geldig adres; bijvoorbeeld naam@kringloop.nl."),
        ("Petra", "Petra <p@x.nl>", "Fietsen.", "email", "Het e-mailadres 'Petra <p@x.nl>' is geen geldig adres; bijvoorbeeld naam@kringloop.nl."),
        ("Petra", "p@localhost", "Fietsen.", "email", "Het e-mailadres 'p@localhost' is geen geldig adres; bijvoorbeeld naam@kringloop.nl."),
        // A field of the page's mailto: link would ride along (a copy to someone else).
        ("Petra", "info?cc=x@evil.nl", "Fietsen.", "email", "Het e-mailadres 'info?cc=x@evil.nl' is geen geldig adres; bijvoorbeeld naam@kringloop.nl."),
        ("Petra", "", "Fietsen.", "email", "Vul het e-mailadres van de contactpersoon in."),
        ("Petra", "p@x.nl", " ", "waarover", "Vul in waarover men u kan bellen, in één zin."),
        ("Petra", "p@x.nl", new string('z', 201), "waarover", "De zin waarover men u kan bellen is 201 tekens lang; hoogstens 200."),
        ("Petra", "p@x.nl", "Eerste regel.\nTweede regel.", "waarover", null),
    ];

    public static TheoryData<DatabaseProvider, int> BadContacts => Providers.Each(Enumerable.Range(0, BadContactCases.Length).ToArray());

    [Theory]
    [MemberData(nameof(BadContacts))]
    public void A_contact_with_a_bad_field_is_refused_naming_the_field_and_nothing_changes(DatabaseProvider provider, int @case)
    {
        var (name, email, about, field, message) = BadContactCases[@case];
        Install(provider);
        var own = Organisation(StandardStores.AanDeMaas);

        var refused = Assert.Throws<InvalidFieldsException>(() => Service.SaveContact(Actors.Directie(own), new OrganisationContact(own, name, email, about)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal(field, problem.Field);
        if (message is not null)
        {
            Assert.Equal(message, problem.Dutch);
        }
        Assert.False(string.IsNullOrWhiteSpace(problem.English));
        Assert.Equal(0, _install.Count("organisation_contacts"));
        Assert.Empty(AuditLines());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Actief_sinds_is_entered_changed_and_cleared_audited_with_old_and_new(DatabaseProvider provider)
    {
        Install(provider);
        var directie = Actors.Directie(Organisation(StandardStores.AanDeMaas));
        var bike = Practice("BLE", "FIETS");

        Assert.True(Service.SetActiveSince(directie, bike, 2014));
        Assert.False(Service.SetActiveSince(directie, bike, 2014));
        Assert.True(Service.SetActiveSince(Actors.Beheerder(), bike, 2016));
        Assert.Equal(2016, Store.Practice(bike)!.ActiveSince);
        Assert.True(Service.SetActiveSince(directie, bike, null));

        Assert.Null(Store.Practice(bike)!.ActiveSince);
        Assert.Equal(
            [
                "directie|actief sinds van Fietswerkplaats — Aan de Maas Blerick (Kringloop Aan de Maas): — → 2014|opgeslagen",
                "beheerder|actief sinds van Fietswerkplaats — Aan de Maas Blerick (Kringloop Aan de Maas): 2014 → 2016|opgeslagen",
                "directie|actief sinds van Fietswerkplaats — Aan de Maas Blerick (Kringloop Aan de Maas): 2016 → —|opgeslagen",
            ],
            AuditLines());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Actief_sinds_outside_1900_to_this_year_is_refused_and_nothing_changes(DatabaseProvider provider)
    {
        Install(provider);
        var directie = Actors.Directie(Organisation(StandardStores.AanDeMaas));
        var bike = Practice("BLE", "FIETS");
        var thisYear = _install.Clock.GetLocalNow().Year;

        Assert.True(Service.SetActiveSince(directie, bike, thisYear));
        Assert.True(Service.SetActiveSince(directie, bike, 1900));
        var late = Assert.Throws<InvalidFieldsException>(() => Service.SetActiveSince(directie, bike, thisYear + 1));
        var early = Assert.Throws<InvalidFieldsException>(() => Service.SetActiveSince(directie, bike, 1899));

        Assert.Equal(("actief_sinds", $"Actief sinds is een jaar van 1900 tot en met {thisYear}, niet {thisYear + 1}."),
            (late.Problems.Single().Field, late.Problems.Single().Dutch));
        Assert.Equal($"Actief sinds is een jaar van 1900 tot en met {thisYear}, niet 1899.", early.Problems.Single().Dutch);
        Assert.Equal(1900, Store.Practice(bike)!.ActiveSince);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_list_of_good_practices_holds_only_taking_part_organisations_with_a_contact_only_when_published(DatabaseProvider provider)
    {
        Install(provider);
        var beheerder = Actors.Beheerder();
        Assert.Empty(Service.Directory());
        Service.SetTakesPart(beheerder, Organisation(StandardStores.AanDeMaas), true);
        Service.SaveContact(beheerder, Contact(StandardStores.Zwolle));
        Service.SetActiveSince(beheerder, Practice("BLE", "FIETS"), 2014);

        var listed = Service.Directory();

        Assert.Equal(["Fietswerkplaats", "Restaurant De Pan", "Winkelvloer"], listed.Select(p => p.Name));
        Assert.All(listed, p => Assert.Equal(StandardStores.AanDeMaas, p.OrganisationName));
        Assert.All(listed, p => Assert.Null(p.Contact));
        Assert.Equal((2014, "fietsen", "Aan de Maas Blerick", "Venlo"),
            listed.Where(p => p.Name == "Fietswerkplaats").Select(p => (p.ActiveSince, p.Kind, p.StoreName, p.City)).Single());

        Service.SaveContact(beheerder, Contact(StandardStores.AanDeMaas));
        Service.SetTakesPart(beheerder, Organisation(StandardStores.Zwolle), true);
        listed = Service.Directory();

        Assert.Equal(5, listed.Count);
        Assert.All(listed.Where(p => p.OrganisationName == StandardStores.AanDeMaas), p => Assert.Equal("Petra de Vries", p.Contact?.Name));
        Assert.All(listed.Where(p => p.OrganisationName == StandardStores.Zwolle), p => Assert.Equal("petra@aandemaas.nl", p.Contact?.Email));
    }

    public void Dispose() => _install?.Dispose();
}
