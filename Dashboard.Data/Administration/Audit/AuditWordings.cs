namespace Dashboard.Data.Administration.Audit;

/// <summary>
/// Every wording an action service writes, in one place. A key is stored with each line, so a key never changes
/// once released; a new wording gets a new key. The English of each template is in the web app's resources, keyed
/// by the Dutch (a test checks both).
/// </summary>
public static class AuditWordings
{
    public static readonly AuditWording Imported = new("import.gelukt", AuditAction.Import,
        "{kind} · {file}", "gelukt: import {batch}, {rows} rijen — {summary}");

    public static readonly AuditWording ImportedReplacing = new("import.vervangt.gelukt", AuditAction.Import,
        "{kind} · {file} · vervangt", "gelukt: import {batch}, {rows} rijen — {summary}");

    public static readonly AuditWording ImportRefused = new("import.geweigerd", AuditAction.Import,
        "{kind} · {file}", "geweigerd: {problems} problemen, niets veranderd");

    public static readonly AuditWording ImportReplacingRefused = new("import.vervangt.geweigerd", AuditAction.Import,
        "{kind} · {file} · vervangt", "geweigerd: {problems} problemen, niets veranderd");

    public static readonly AuditWording Undone = new("importongedaan.gelukt", AuditAction.ImportOngedaan,
        "import {batch} · {file}", "gelukt: {message}");

    public static readonly AuditWording UndoRefused = new("importongedaan.geweigerd", AuditAction.ImportOngedaan,
        "import {batch} · {file}", "geweigerd: {message}");

    /// <summary>An undo of an import that is not in the history (only the command line can ask for one).</summary>
    public static readonly AuditWording UndoOfUnknownRefused = new("importongedaan.onbekend", AuditAction.ImportOngedaan,
        "import {batch}", "geweigerd: {message}");

    public static readonly AuditWording Erased = new("wissen.gelukt", AuditAction.Wissen,
        "deelnemer · {organisation}", "gelukt: {counts} gewist");

    public static readonly AuditWording ErasureRefused = new("wissen.geweigerd", AuditAction.Wissen,
        "deelnemer · {organisation}", "geweigerd: {message}");

    public static readonly AuditWording BackedUp = new("reservekopie.gelukt", AuditAction.Reservekopie,
        "{folder}", "gelukt: {summary}");

    public static readonly AuditWording BackupRefused = new("reservekopie.geweigerd", AuditAction.Reservekopie,
        "{folder}", "geweigerd: {reason}");

    public static readonly AuditWording Restored = new("herstel.gelukt", AuditAction.Herstel,
        "{folder}", "gelukt: back-up van {made}{migrated}; {replaced}");

    public static readonly AuditWording RestoreRefused = new("herstel.geweigerd", AuditAction.Herstel,
        "{folder}", "geweigerd, niets veranderd: {reason}");

    public static readonly AuditWording DemoRemoved = new("demodata.verwijderd", AuditAction.Demodata,
        "{count} demo-organisaties met hun gegevens en de demo-accounts", "verwijderd");

    public static readonly AuditWording CategoriesSaved = new("instellingen.categorieen", AuditAction.Instellingen,
        "CO2-factoren en gewichten: {categories}", "gelukt");

    public static readonly AuditWording ProtectionSaved = new("instellingen.afscherming", AuditAction.Instellingen,
        "afscherming k = {k}, fte = {fte} uur per week", "gelukt");

    public static readonly AuditWording ValueMapSaved = new("waardekaart.opgeslagen", AuditAction.Instellingen,
        "waardekaart: {rows} regels, disconteringsvoet {rate} % — {changes}", "opgeslagen");

    public static readonly AuditWording ValueMapConfirmed = new("waardekaart.bevestigd", AuditAction.Instellingen,
        "waardekaart: {rows} regels, disconteringsvoet {rate} %", "bevestigd: geen voorbeeldwaarden meer");

    public static readonly AuditWording ValueMapImported = new("waardekaart.geimporteerd", AuditAction.Instellingen,
        "waardekaart uit {file}: {rows} regels, disconteringsvoet {rate} %", "geïmporteerd en bevestigd");

    public static readonly AuditWording ValueMapImportedAsExample = new("waardekaart.geimporteerdvoorbeeld", AuditAction.Instellingen,
        "waardekaart uit {file}: {rows} regels, disconteringsvoet {rate} %", "geïmporteerd, niet bevestigd: er staan nog voorbeeldbronnen in");

    public static readonly AuditWording ValueMapImportRefused = new("waardekaart.importgeweigerd", AuditAction.Instellingen,
        "waardekaart uit {file}", "geweigerd: {problems} problemen, niets veranderd");

    public static readonly AuditWording TargetAdded = new("streefwaarden.toegevoegd", AuditAction.Streefwaarden,
        "{indicator} {year} voor {owner}: {value}", "toegevoegd");

    public static readonly AuditWording TargetChanged = new("streefwaarden.gewijzigd", AuditAction.Streefwaarden,
        "{indicator} {year} voor {owner}: {value}", "gewijzigd");

    public static readonly AuditWording TargetDeleted = new("streefwaarden.verwijderd", AuditAction.Streefwaarden,
        "{indicator} {year} voor {owner}", "verwijderd");

    public static readonly AuditWording TheorySaved = new("veranderingstheorie.opgeslagen", AuditAction.Veranderingstheorie,
        "{practice}", "opgeslagen");

    public static readonly AuditWording TheoryDeleted = new("veranderingstheorie.verwijderd", AuditAction.Veranderingstheorie,
        "{practice}", "verwijderd");

    // Stories (docs/verhalen.md): named by number and practice only — a title may identify the participant as the text may.

    public static readonly AuditWording StoryAdded = new("verhaal.toegevoegd", AuditAction.Verhalen,
        "verhaal {story} · {practice}", "toegevoegd");

    public static readonly AuditWording StoryChanged = new("verhaal.gewijzigd", AuditAction.Verhalen,
        "verhaal {story} · {practice}", "gewijzigd");

    public static readonly AuditWording StoryWithdrawn = new("verhaal.toestemmingingetrokken", AuditAction.Verhalen,
        "verhaal {story} · {practice}: toestemming ingetrokken op {date}", "verwijderd");

    public static readonly AuditWording UserCreated = new("gebruiker.aangemaakt", AuditAction.Gebruiker,
        "gebruiker '{user}' aangemaakt: {role}, {scope}; eenmalig wachtwoord uitgegeven", "gelukt");

    public static readonly AuditWording UserChanged = new("gebruiker.gewijzigd", AuditAction.Gebruiker,
        "gebruiker '{user}' gewijzigd: {changes}", "gelukt");

    public static readonly AuditWording PasswordReset = new("gebruiker.wachtwoordhersteld", AuditAction.Gebruiker,
        "gebruiker '{user}': wachtwoord hersteld, eenmalig wachtwoord uitgegeven", "gelukt");

    public static readonly AuditWording LoggedOutEverywhere = new("gebruiker.overalafgemeld", AuditAction.Gebruiker,
        "gebruiker '{user}' overal afgemeld: {sessions} sessies beëindigd", "gelukt");

    public static readonly AuditWording UserDisabled = new("gebruiker.uitgeschakeld", AuditAction.Gebruiker,
        "gebruiker '{user}' uitgeschakeld", "gelukt");

    public static readonly AuditWording UserEnabled = new("gebruiker.ingeschakeld", AuditAction.Gebruiker,
        "gebruiker '{user}' ingeschakeld", "gelukt");

    public static readonly AuditWording UserDisablingRefused = new("gebruiker.uitschakelengeweigerd", AuditAction.Gebruiker,
        "gebruiker '{user}' uitgeschakeld", "geweigerd: {reason}");

    public static readonly AuditWording Exported = new("export.gelukt", AuditAction.Export,
        "{link}", "gelukt: {file}");

    public static readonly AuditWording ExportRefused = new("export.geweigerd", AuditAction.Export,
        "{link}", "geweigerd: {reason}");

    public static readonly AuditWording ExportFormatRefused = new("export.formaat", AuditAction.Export,
        "{link}", "geweigerd: geen recht op dit formaat");

    public static readonly AuditWording ExportOutsideScope = new("export.buitenrechten", AuditAction.Export,
        "{link}", "geweigerd: buiten de rechten");

    // The sector together (docs/sector.md): who takes part, the published contact, a practice's "actief sinds".

    public static readonly AuditWording TakesPartOn = new("sector.deelnameaan", AuditAction.Sector,
        "deelname aan de sector · {organisation}: uit → aan", "gelukt");

    public static readonly AuditWording TakesPartOff = new("sector.deelnameuit", AuditAction.Sector,
        "deelname aan de sector · {organisation}: aan → uit", "gelukt");

    public static readonly AuditWording ContactPublished = new("sector.contactgepubliceerd", AuditAction.Sector,
        "contact van {organisation}: {name}", "gepubliceerd");

    public static readonly AuditWording ContactRemoved = new("sector.contactverwijderd", AuditAction.Sector,
        "contact van {organisation}", "verwijderd: niet meer gepubliceerd");

    public static readonly AuditWording ActiveSinceSet = new("sector.actiefsinds", AuditAction.Sector,
        "actief sinds van {practice}: {old} → {year}", "opgeslagen");

    public static readonly AuditWording SectorThresholdSaved = new("sector.drempel", AuditAction.Sector,
        "sectorvergelijking vanaf {n} andere organisaties", "opgeslagen");

    // Share links (docs/weergave-en-export.md#delen-via-een-link): made, downloaded by someone without an account, revoked.
    // Never the token: a line names the link by its number.

    public static readonly AuditWording ShareLinkCreated = new("delen.gemaakt", AuditAction.Delen,
        "deellink {id} · {title} · {file}", "gemaakt: {days} dagen geldig, tot {until}");

    public static readonly AuditWording ShareLinkDownloaded = new("delen.gedownload", AuditAction.Delen,
        "deellink {id} · {title} · {file}", "gedownload zonder account vanaf {address}");

    public static readonly AuditWording ShareLinkRevoked = new("delen.ingetrokken", AuditAction.Delen,
        "deellink {id} · {title}", "ingetrokken");

    public static readonly AuditWording ShareLinkRevokedForStory = new("delen.ingetrokkenverhaal", AuditAction.Delen,
        "deellink {id} · {title}", "ingetrokken: het bestand bevat verhaal {story} — {reason}");

    // Authentication: who signs in, out, or changes their own password. The name is the one tried, not an actor's.

    public static readonly AuditWording LoginThrottled = new("aanmeldenmislukt.tesnel", AuditAction.AanmeldenMislukt,
        "gebruikersnaam '{user}' vanaf {address}: te snel na mislukte pogingen, nog {seconds} s wachten", "geweigerd, niet gecontroleerd");

    public static readonly AuditWording LoginUnknownUser = new("aanmeldenmislukt.onbekend", AuditAction.AanmeldenMislukt,
        "onbekende gebruikersnaam '{user}' vanaf {address}", "geweigerd");

    public static readonly AuditWording LoginWrongPassword = new("aanmeldenmislukt.wachtwoord", AuditAction.AanmeldenMislukt,
        "verkeerd wachtwoord vanaf {address}", "geweigerd");

    public static readonly AuditWording LoginDisabled = new("aanmeldenmislukt.uitgeschakeld", AuditAction.AanmeldenMislukt,
        "account uitgeschakeld, vanaf {address}", "geweigerd");

    public static readonly AuditWording LoggedIn = new("aanmelden.wachtwoord", AuditAction.Aanmelden,
        "met wachtwoord vanaf {address}", "gelukt");

    public static readonly AuditWording LoggedInWithOneTimePassword = new("aanmelden.eenmalig", AuditAction.Aanmelden,
        "met eenmalig wachtwoord vanaf {address}", "gelukt");

    public static readonly AuditWording LoggedInAsDemo = new("aanmelden.demo", AuditAction.Aanmelden,
        "demo-account", "gelukt");

    public static readonly AuditWording LoggedOut = new("afmelden", AuditAction.Afmelden,
        "afgemeld", "gelukt");

    public static readonly AuditWording OwnPasswordThrottled = new("wachtwoordgewijzigd.tesnel", AuditAction.WachtwoordGewijzigd,
        "eigen wachtwoord vanaf {address}: te snel na mislukte pogingen, nog {seconds} s wachten", "geweigerd, niet gecontroleerd");

    public static readonly AuditWording OwnPasswordWrong = new("wachtwoordgewijzigd.onjuist", AuditAction.WachtwoordGewijzigd,
        "eigen wachtwoord vanaf {address}: huidig wachtwoord klopt niet", "geweigerd");

    public static readonly AuditWording OwnPasswordChanged = new("wachtwoordgewijzigd", AuditAction.WachtwoordGewijzigd,
        "eigen wachtwoord", "gelukt");

    // The app itself (no user): accounts brought in line with the data at start-up.

    public static readonly AuditWording DemoAccountsRemoved = new("gebruiker.demoaccountsverwijderd", AuditAction.Gebruiker,
        "{count} demo-accounts verwijderd: er staan niet alleen demogegevens in de database", "gelukt");

    public static readonly AuditWording FirstAdministratorCreated = new("gebruiker.eerstebeheerder", AuditAction.Gebruiker,
        "eerste beheerder '{user}' aangemaakt", "gelukt");

    public static IReadOnlyList<AuditWording> All { get; } =
    [
        Imported, ImportedReplacing, ImportRefused, ImportReplacingRefused, Undone, UndoRefused, UndoOfUnknownRefused,
        Erased, ErasureRefused, BackedUp, BackupRefused, Restored, RestoreRefused, DemoRemoved, CategoriesSaved, ProtectionSaved,
        ValueMapSaved, ValueMapConfirmed, ValueMapImported, ValueMapImportedAsExample, ValueMapImportRefused,
        TargetAdded, TargetChanged, TargetDeleted, TheorySaved, TheoryDeleted, StoryAdded, StoryChanged, StoryWithdrawn, UserCreated, UserChanged, PasswordReset, LoggedOutEverywhere,
        UserDisabled, UserEnabled, UserDisablingRefused, TakesPartOn, TakesPartOff, ContactPublished, ContactRemoved, ActiveSinceSet,
        SectorThresholdSaved,
        ShareLinkCreated, ShareLinkDownloaded, ShareLinkRevoked, ShareLinkRevokedForStory,
        Exported, ExportRefused, ExportFormatRefused, ExportOutsideScope,
        LoginThrottled, LoginUnknownUser, LoginWrongPassword, LoginDisabled, LoggedIn, LoggedInWithOneTimePassword, LoggedInAsDemo, LoggedOut,
        OwnPasswordThrottled, OwnPasswordWrong, OwnPasswordChanged, DemoAccountsRemoved, FirstAdministratorCreated,
    ];

    public static AuditWording? Find(string? key) => All.FirstOrDefault(w => w.Key == key);
}
