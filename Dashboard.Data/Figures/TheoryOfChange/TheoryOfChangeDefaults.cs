using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Data;
using static Dashboard.Data.Figures.IndicatorCode;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// A starting theory of change per practice kind, written as a kringloop company would after a social-impact
/// training: the practice offers work and learning places to people at a distance from the labour market.
/// The demo sector shows these; a real company edits them into its own. Outputs link to what the practice
/// delivers (places, hours, revenue, goods reused), outcomes only to the "goede dingen" indicators.
/// </summary>
public static class TheoryOfChangeDefaults
{
    public static PracticeTheoryOfChange For(PracticeInfo practice) => practice.Kind switch
    {
        "winkel" => ShopFloor(practice),
        "horeca" => Catering(practice),
        "fietsen" => Bicycles(practice),
        "textiel" => Textiles(practice),
        "meubels" => Furniture(practice),
        "elektra" => Electronics(practice),
        "sortering" => Sorting(practice),
        _ => Other(practice),
    };

    private static PracticeTheoryOfChange ShopFloor(PracticeInfo practice)
    {
        var subject = $"De winkelvloer van {practice.StoreName}";
        return new PracticeTheoryOfChange(
            practice.Id,
            $"{subject} biedt mensen met een afstand tot de arbeidsmarkt een werkleerplek in een echte winkel, waar zij werkritme "
            + "opdoen, klantgericht leren werken en de stap zetten naar betaald werk of een opleiding.",
            ["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding"],
            [
                Participants("een veilige plek om te leren, werkervaring in een echte winkel, een praktijkverklaring of certificaat en een volgende stap naar werk"),
                MunicipalityAndUwv,
                Coaches,
                new("Klanten", "Kopen tweedehands spullen en geven zo omzet en een reden om goed te presenteren en te helpen.",
                    "Betaalbare, duurzame spullen en vriendelijke hulp in de winkel."),
                Employers("in de detailhandel en logistiek"),
            ],
            [
                "Deelnemers werken mee op de winkelvloer: prijzen, presenteren, aanvullen, afrekenen en klanten helpen.",
                PersonalPlan,
                "Deelnemers werken toe naar een praktijkverklaring of een branchecertificaat, zoals Entree Retail of kassavaardigheden.",
                "Een jobcoach bereidt deelnemers voor op solliciteren en regelt proefplaatsingen bij winkels in de regio.",
            ],
            [
                Places(subject),
                Hours,
                new("De verkoop levert omzet op die bijdraagt aan de kosten van begeleiding en werkplekken.", [E1, E2]),
                new("Ingebrachte spullen krijgen een tweede leven in plaats van bij het afval te belanden.", [M1, M2]),
            ],
            Outcomes("Deelnemers behalen een praktijkverklaring, branchecertificaat of mbo-(deel)diploma."),
            Impact(practice, "Spullen gaan langer mee, wat afval en CO2-uitstoot bespaart."));
    }

    private static PracticeTheoryOfChange Catering(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt een leerwerkplek in keuken en bediening, waar zij in een "
        + "echte horecazaak werkervaring opdoen en toegroeien naar betaald werk of een opleiding.",
        ["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding"],
        [
            Participants("vakvaardigheden in keuken en bediening, een vast ritme, erkende certificaten en zicht op een baan in de horeca"),
            MunicipalityAndUwv,
            new("Gasten", $"Komen eten en drinken in {practice.Name} en geven zo omzet en echte werkdruk om van te leren.",
                "Een betaalbare, vers bereide maaltijd en een gastvrije plek in de kringloopwinkel."),
            new("ROC en opleidingen", "Examineren Entree- en horecaopleidingen en erkennen het restaurant als leerbedrijf.",
                "Erkende leerwerkplekken (BBL en stage) voor hun studenten."),
            Employers("in de horeca en catering"),
        ],
        [
            $"Deelnemers werken mee in keuken en bediening van {practice.Name}: voorbereiden, koken, serveren, afrekenen en schoonmaken.",
            "Een kok en een gastheer of -vrouw begeleiden de deelnemers als leermeester op de werkvloer.",
            PersonalPlan,
            "Deelnemers volgen de trainingen HACCP (voedselveiligheid) en Sociale Hygiëne.",
            "Samen met het ROC bieden we Entree- en BBL-trajecten in de horeca aan.",
            "Sollicitatietraining en proefplaatsingen bij horecabedrijven in de regio.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("Gasten eten en drinken betaalbaar; de omzet draagt bij aan de kosten van begeleiding en werkplekken.", [E1, E2]),
        ],
        Outcomes("Deelnemers behalen HACCP, Sociale Hygiëne, een praktijkverklaring of een mbo-(deel)diploma."),
        Impact(practice, $"{practice.Name} is een ontmoetingsplek in de wijk, waar iedereen welkom is."));

    private static PracticeTheoryOfChange Bicycles(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt een leerwerkplek in de fietsenmakerij, waar zij technisch "
        + "vakmanschap leren door gebruikte fietsen op te knappen, met betaald werk of een opleiding als doel.",
        ["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding"],
        [
            Participants("technische vaardigheden, trots op een gerepareerde fiets, een certificaat en zicht op werk als fietstechnicus"),
            MunicipalityAndUwv,
            new("Klanten", "Kopen opgeknapte fietsen en laten hun fiets repareren.", "Een betrouwbare, betaalbare fiets en reparaties dichtbij."),
            new("ROC en opleidingen", "Examineren Entree en de opleiding fietstechnicus en erkennen de werkplaats als leerbedrijf.",
                "Erkende leerwerkplekken voor hun studenten."),
            Employers("in de fietsenbranche"),
        ],
        [
            $"Deelnemers demonteren, repareren en reviseren ingezamelde fietsen in {practice.Name}, onder begeleiding van een ervaren fietsenmaker.",
            "Bruikbare onderdelen worden hergebruikt; de rest wordt gescheiden afgevoerd.",
            PersonalPlan,
            "Deelnemers werken toe naar een praktijkverklaring of het certificaat fietstechnicus.",
            "Bemiddeling naar fietsenwinkels en werkplaatsen in de regio.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("Opgeknapte fietsen en reparaties leveren omzet op die bijdraagt aan de begeleiding.", [E1, E2]),
            new("Afgedankte fietsen en onderdelen krijgen een tweede leven.", [M1, M2]),
        ],
        Outcomes("Deelnemers behalen een praktijkverklaring, het certificaat fietstechnicus of een mbo-(deel)diploma."),
        Impact(practice, "Meer mensen fietsen op een betaalbare, hergebruikte fiets."));

    private static PracticeTheoryOfChange Textiles(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt, onder wie veel nieuwkomers, een plek om te werken en te "
        + "leren: textiel sorteren, herstellen en vermaken, Nederlands oefenen in de praktijk en toewerken naar betaald werk of een opleiding.",
        ["nieuwkomer", "zonder_werk", "arbeidsbeperking"],
        [
            Participants("werkervaring in Nederland, oefening in de Nederlandse taal, naaivaardigheden, een netwerk en zicht op werk"),
            MunicipalityAndUwv,
            new("Taalaanbieders en inburgeringsbegeleiders", "Stemmen taallessen en inburgering af op het werk in het atelier.",
                "Een praktijkplek waar deelnemers het Nederlands dagelijks gebruiken."),
            new("Klanten", "Kopen tweedehands en vermaakte kleding en textiel.", "Betaalbare, duurzame kleding en unieke vermaakte producten."),
            Employers("in de regio"),
        ],
        [
            "Deelnemers sorteren ingezameld textiel op kwaliteit en bestemming: winkel, atelier of recycling.",
            $"In {practice.Name} herstellen en vermaken deelnemers kleding en maken zij nieuwe producten van restmateriaal.",
            PersonalPlan + " Taal op de werkvloer krijgt daarin een vaste plek.",
            "Deelnemers werken toe naar een praktijkverklaring of een mbo-certificaat.",
            "Een jobcoach begeleidt de stap naar werk of opleiding.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("De verkoop van kleding en atelierproducten levert omzet op die bijdraagt aan de begeleiding.", [E1, E2]),
            new("Textiel wordt hergebruikt in plaats van verbrand.", [M1, M2]),
        ],
        Outcomes("Deelnemers behalen een praktijkverklaring of een mbo-certificaat."),
        Impact(practice, "Textiel gaat langer mee, wat grondstoffen, water en CO2-uitstoot bespaart."));

    private static PracticeTheoryOfChange Furniture(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt een leerwerkplek in de houtwerkplaats, waar zij meubels "
        + "opknappen en vermaken en zo vakmanschap en werkritme opdoen, op weg naar betaald werk of een opleiding.",
        ["arbeidsbeperking", "zonder_werk", "opleiding"],
        [
            Participants("vakvaardigheden met hout en gereedschap, veilig leren werken, een certificaat en zicht op werk"),
            MunicipalityAndUwv,
            new("Klanten", "Kopen opgeknapte en vermaakte meubels.", "Betaalbare, stevige meubels met een verhaal."),
            new("ROC en opleidingen", "Examineren opleidingen in houtbewerking en meubelmaken en erkennen de werkplaats als leerbedrijf.",
                "Erkende leerwerkplekken voor hun studenten."),
            Employers("in de bouw en houtbewerking"),
        ],
        [
            $"Deelnemers schuren, repareren, lakken en stofferen ingezamelde meubels in {practice.Name}, onder begeleiding van een meubelmaker.",
            "Van afgedankte meubels en restmateriaal maken deelnemers nieuwe producten (upcycling).",
            PersonalPlan,
            "Deelnemers leren veilig werken met gereedschap en machines en halen VCA of een praktijkverklaring.",
            "Proefplaatsingen bij werkgevers in de bouw, houtbewerking en logistiek.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("De verkoop van opgeknapte meubels levert omzet op die bijdraagt aan de begeleiding.", [E1, E2]),
            new("Meubels krijgen een tweede leven in plaats van bij het grofvuil te belanden.", [M1, M2]),
        ],
        Outcomes("Deelnemers behalen VCA, een praktijkverklaring of een mbo-(deel)diploma."),
        Impact(practice, "Meubels gaan langer mee, wat hout, afval en CO2-uitstoot bespaart."));

    private static PracticeTheoryOfChange Electronics(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt, vooral jongeren en mensen in opleiding, een leerwerkplek "
        + "waar zij elektrische apparaten testen en repareren en zo technische vaardigheden opdoen voor betaald werk of een vervolgopleiding.",
        ["opleiding", "zonder_werk", "arbeidsbeperking"],
        [
            Participants("technische kennis, ervaring met veilig werken aan apparaten, een certificaat en zicht op werk in de techniek"),
            MunicipalityAndUwv,
            new("Klanten", "Kopen geteste tweedehands apparaten en laten apparaten repareren.", "Veilige, betaalbare apparaten met garantie."),
            new("ROC en opleidingen", "Plaatsen stagiairs en BBL-leerlingen elektrotechniek en examineren hen.",
                "Erkende leerwerkplekken in de praktijk van reparatie en hergebruik."),
            Employers("in de techniek en installatie"),
        ],
        [
            $"Deelnemers testen ingezamelde apparaten in {practice.Name} op werking en elektrische veiligheid en repareren wat te repareren valt.",
            "Onherstelbare apparaten worden gedemonteerd voor onderdelen of gescheiden afgevoerd.",
            PersonalPlan,
            "Samen met het ROC bieden we stages en BBL-trajecten; deelnemers halen een praktijkverklaring of certificaat.",
            "Bemiddeling naar technische bedrijven in de regio.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("De verkoop van geteste apparaten en reparaties levert omzet op die bijdraagt aan de begeleiding.", [E1, E2]),
            new("Apparaten krijgen een tweede leven; minder elektronisch afval.", [M1, M2]),
        ],
        Outcomes("Deelnemers behalen een praktijkverklaring, branchecertificaat of mbo-(deel)diploma."),
        Impact(practice, "Apparaten gaan langer mee, wat grondstoffen en CO2-uitstoot bespaart."));

    private static PracticeTheoryOfChange Sorting(PracticeInfo practice)
    {
        var subject = $"Het sorteer- en logistiek centrum van {practice.StoreName}";
        return new PracticeTheoryOfChange(
            practice.Id,
            $"{subject} biedt mensen met een afstand tot de arbeidsmarkt werk in een overzichtelijke omgeving: ingezamelde goederen "
            + "sorteren, beoordelen en verdelen over de winkels, en zo werkritme en logistieke vaardigheden opdoen voor betaald werk.",
            ["arbeidsbeperking", "zonder_werk", "nieuwkomer"],
            [
                Participants("structuur en werkritme, logistieke vaardigheden, een heftruckcertificaat of VCA en zicht op werk"),
                MunicipalityAndUwv,
                new("Inbrengers", "Schenken hun spullen aan de kringloop.", "Hun spullen krijgen een tweede leven en helpen iemand aan werk."),
                Coaches,
                Employers("in logistiek en magazijnwerk"),
            ],
            [
                "Deelnemers nemen goederen in, sorteren ze op categorie en kwaliteit en maken ze klaar voor de winkel.",
                "Orderpicken, laden en lossen en het bevoorraden van de winkels.",
                PersonalPlan,
                "Deelnemers halen het heftruckcertificaat, VCA of een praktijkverklaring logistiek.",
                "Proefplaatsingen bij logistieke bedrijven in de regio.",
            ],
            [
                Places(subject),
                Hours,
                new("Gesorteerde goederen gaan naar de winkels en worden hergebruikt in plaats van weggegooid.", [M1, M2]),
            ],
            Outcomes("Deelnemers behalen een heftruckcertificaat, VCA of een praktijkverklaring logistiek."),
            Impact(practice, "Minder ingezamelde spullen belanden bij het afval."));
    }

    private static PracticeTheoryOfChange Other(PracticeInfo practice) => new(
        practice.Id,
        $"{practice.Name} biedt mensen met een afstand tot de arbeidsmarkt een plek om te werken en te leren, zodat zij groeien in "
        + "zelfstandigheid en de stap zetten naar betaald werk of een opleiding.",
        ["arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding"],
        [
            Participants("werkervaring, een vast ritme, vaardigheden en een praktijkverklaring, en zicht op een volgende stap"),
            MunicipalityAndUwv,
            Coaches,
            new("Klanten", "Maken gebruik van de diensten en producten van de praktijk.", "Betaalbare, duurzame dienstverlening."),
            Employers("in de regio"),
        ],
        [
            $"Deelnemers doen echt werk in {practice.Name}, onder begeleiding van een vaste werkbegeleider.",
            PersonalPlan,
            "Deelnemers werken toe naar een praktijkverklaring of een branchecertificaat.",
            "Een jobcoach bereidt deelnemers voor op solliciteren en regelt proefplaatsingen bij werkgevers in de regio.",
        ],
        [
            Places(practice.Name),
            Hours,
            new("Het werk levert omzet op die bijdraagt aan de kosten van begeleiding en werkplekken.", [E1, E2]),
            new("Spullen krijgen een tweede leven in plaats van bij het afval te belanden.", [M1, M2]),
        ],
        Outcomes("Deelnemers behalen een praktijkverklaring, branchecertificaat of mbo-(deel)diploma."),
        Impact(practice, "Spullen gaan langer mee, wat afval en CO2-uitstoot bespaart."));

    private const string PersonalPlan =
        "Elke deelnemer werkt met een persoonlijk ontwikkelplan met eigen leerdoelen en vaste evaluatiegesprekken.";

    private static Stakeholder Participants(string gains) =>
        new("Deelnemers", "Hun tijd, inzet en motivatie om te leren en te werken.", $"{char.ToUpperInvariant(gains[0])}{gains[1..]}.");

    private static readonly Stakeholder MunicipalityAndUwv = new("Gemeente en UWV",
        "Verwijzen deelnemers en financieren re-integratie en begeleiding (Participatiewet, loonkostensubsidie, jobcoaching).",
        "Inwoners die meedoen, uitstromen naar werk of opleiding en minder afhankelijk zijn van een uitkering — met resultaten die we laten zien.");

    private static readonly Stakeholder Coaches = new("Werkbegeleiders en jobcoaches",
        "Begeleiden deelnemers dagelijks op de werkvloer en bij de stap naar werk.",
        "Een echte werkomgeving om deelnemers in te laten groeien, en inzicht in wat werkt.");

    private static Stakeholder Employers(string where) => new($"Werkgevers {where}",
        "Bieden vacatures, proefplaatsingen en feedback op wat zij van nieuwe medewerkers vragen.",
        "Gemotiveerde, ingewerkte medewerkers die al werkervaring en certificaten hebben.");

    private static LinkedStatement Places(string subject) =>
        new($"{subject} biedt werkleerplekken: deelnemers stromen in en werken actief mee.", [P1, P2]);

    private static readonly LinkedStatement Hours =
        new("Deelnemers maken uren op de werkvloer, samen goed voor een aantal volwaardige werkleerplekken (fte).", [P8, P12]);

    private static IReadOnlyList<LinkedStatement> Outcomes(string certificates) =>
    [
        new("Deelnemers groeien in werknemersvaardigheden, zelfvertrouwen en zelfstandigheid: zij stijgen op de participatieladder.", [P11]),
        new(certificates, [P9]),
        new("Deelnemers maken hun traject af: de uitval blijft laag.", [P7R]),
        new("Deelnemers stromen uit naar betaald werk, binnen of buiten de organisatie.", [P4R]),
        new("Wie naar betaald werk uitstroomt, houdt dat werk: een half jaar en een jaar later werkt het merendeel nog. "
            + "We bellen oud-deelnemers daarvoor na.", [P13, P14, P15]),
        new("Wie uitstroomt, zet een positieve stap: naar betaald werk of een opleiding.", [P6R]),
    ];

    private static string Impact(PracticeInfo practice, string sentence) =>
        $"Meer mensen in {practice.City ?? "de regio"} hebben duurzaam betaald werk of volgen een opleiding en doen volwaardig mee "
        + $"in de samenleving, minder afhankelijk van een uitkering. {sentence}";
}
