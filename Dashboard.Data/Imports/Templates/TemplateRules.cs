using System.Globalization;

namespace Dashboard.Data.Imports.Templates;

/// <summary>The Dutch text around the column notes on the "Toelichting" sheet: what a row is, and the rules every file follows.</summary>
internal static class TemplateRules
{
    /// <summary>What one row of the kind stands for.</summary>
    public static string Rows(ImportKind kind) => kind switch
    {
        ImportKind.Winkels => "Eén rij per winkel en goede praktijk: een winkel met een restaurant en een fietswerkplaats heeft twee rijen.",
        ImportKind.Deelnemers => "Eén rij per traject van een deelnemer.",
        ImportKind.Certificaten => "Eén rij per behaald certificaat.",
        ImportKind.Verkopen => "Eén rij per bonregel, per bon of per dag: alles telt op.",
        ImportKind.Investeringen => "Eén rij per praktijk, jaar en financier: het geld dat dat jaar in de praktijk ging.",
        ImportKind.Nametingen => "Eén rij per nameting: wat een oud-deelnemer doet, enkele maanden na het einde van zijn of haar traject.",
    };

    public static readonly IReadOnlyList<TemplateRule> General =
    [
        new("Volgorde", "Importeer in deze volgorde: eerst winkels, dan deelnemers, certificaten, verkopen, investeringen en nametingen. Het dashboard leest alleen het eerste werkblad."),
        new("Kopregel", "Laat de kopregel (rij 1) staan. Kolomnamen mogen in hoofd- of kleine letters, met of zonder spaties, _ en -; de Engelse naam mag ook. " +
            "Onbekende kolommen worden genegeerd en gemeld."),
        new("Datums", "Dag eerst, zoals 31-12-2025 of 1-3-2025, ook met / of . ertussen; een jaar van twee cijfers betekent 20jj; ISO 2025-12-31 mag ook. " +
            "In Excel mag een datumcel."),
        new("Getallen", "In Excel als getalcel. Opgeslagen als CSV met ; (zoals Nederlandse Excel doet) is de komma het decimaalteken (12,50) en staat " +
            "een punt alleen tussen groepen van drie cijfers (1.234,56); 310.5 wordt dan geweigerd. In een CSV met , is de punt het decimaalteken, " +
            "zonder duizendtalscheiding (1234.56). Een euroteken ervoor mag."),
        new("Codes", "Codes worden vergeleken zoals kolomnamen ('Zonder werk' is zonder_werk); een onbekende code is een fout, met de dichtstbijzijnde bekende " +
            "code als suggestie."),
        new("Geen persoonsgegevens", "Een bestand met een kolom naam, voornaam, achternaam, bsn, burgerservicenummer, geboortedatum, adres, straat, " +
            "huisnummer, email of e-mail, telefoon, telefoonnummer of iban (of de Engelse tegenhanger) wordt in zijn geheel geweigerd."),
        new("Alles of niets", "Bevat het bestand één fout, dan verandert er niets. Het foutenrapport noemt per probleem de rij (kopregel = rij 1), " +
            "de kolom, de waarde en wat er mis is."),
    ];

    /// <summary>The rules of one kind, beyond those of its columns.</summary>
    public static IReadOnlyList<TemplateRule> For(ImportKind kind) => kind switch
    {
        ImportKind.Winkels =>
        [
            new("Opnieuw importeren", "Opnieuw importeren werkt namen, soort, plaats en vloeroppervlak bij; vervangen kan bij winkels niet."),
        ],
        ImportKind.Deelnemers =>
        [
            new("Deelnemerscode", "Een deelnemerscode van precies negen cijfers wordt geweigerd: die is niet van een BSN te onderscheiden."),
            new("Uitstroom", "Uitstroom alleen bij een einddatum: een afgesloten traject moet een uitstroom hebben, een lopend traject heeft er geen."),
            new("Opnieuw importeren", "Een traject is uniek door organisatie, deelnemer, winkel, praktijk en startdatum: opnieuw importeren (bijv. de maandelijkse export, " +
                "nu met einddatums) werkt het bij en maakt nooit een dubbele."),
            new("Vervangen", "Met 'vervangen' is het bestand de volledige lijst voor de winkels die erin staan: opgeslagen trajecten van die winkels die niet " +
                "in het bestand staan, verdwijnen (zo herstelt u een verkeerde startdatum)."),
        ],
        ImportKind.Certificaten =>
        [
            new("Deelnemerscode", "Een deelnemerscode van precies negen cijfers wordt geweigerd: die is niet van een BSN te onderscheiden."),
            new("Opnieuw importeren", "Een certificaat is uniek door organisatie, deelnemer, datum, soort en naam: opnieuw importeren maakt nooit een dubbele."),
            new("Vervangen", "Met 'vervangen' is het bestand de volledige lijst voor de winkels die erin staan: opgeslagen certificaten van die winkels die niet " +
                "in het bestand staan, verdwijnen."),
        ],
        ImportKind.Verkopen =>
        [
            new("Dubbel tellen", "Verkopen hebben geen sleutel, dus dubbel tellen is het gevaar. Een bestand met precies dezelfde inhoud als een eerdere import wordt geweigerd."),
            new("Overlap", "Per winkel en praktijk loopt een bestand van zijn eerste tot zijn laatste datum; overlapt dat met opgeslagen verkopen, dan wordt het " +
                "geweigerd, tenzij u 'vervangen' kiest: dan gaan de opgeslagen verkopen in die periode eruit en komen die van het bestand erin."),
            new("Ongedaan maken", "Een verkoopimport kan ongedaan worden gemaakt: de regels gaan eruit en wat hij verving komt terug."),
        ],
        ImportKind.Investeringen =>
        [
            new("Opnieuw importeren", "Een investering is uniek door winkel, praktijk, jaar en financier: opnieuw importeren werkt bedrag en omschrijving bij " +
                "en maakt nooit een dubbele."),
            new("Vervangen", "Met 'vervangen' is het bestand de volledige lijst voor elke combinatie van winkel en jaar die erin staat: opgeslagen " +
                "investeringen van die winkel in dat jaar die niet in het bestand staan, verdwijnen. Andere jaren en andere winkels blijven staan."),
        ],
        ImportKind.Nametingen =>
        [
            new("Traject", "Deelnemer, winkel, praktijk en startdatum wijzen een traject aan dat al is geïmporteerd en is afgelopen (een einddatum heeft); " +
                "importeer dus eerst het deelnemersbestand. De meetdatum ligt na de einddatum en niet na vandaag."),
            new("Moment", "Hele maanden na de einddatum, zoals DATEDIF in Excel ze telt: 5 tot en met 8 maanden is de 6-maandsnameting, 11 tot en met 14 de " +
                "12-maandsnameting. Een nameting op een ander moment wordt opgeslagen, maar telt in geen cijfer; twee in dezelfde periode: de laatste telt."),
            new("Opnieuw importeren", "Een nameting is uniek door traject en meetdatum: opnieuw importeren werkt de situatie bij en maakt nooit een dubbele."),
            new("Vervangen", "Met 'vervangen' is het bestand de volledige lijst voor de winkels die erin staan: opgeslagen nametingen van die winkels die niet " +
                "in het bestand staan, verdwijnen."),
        ],
    };

    /// <summary>Why the example row is there and what to do with it.</summary>
    public static string Example(ImportKind kind, TemplateExample example)
    {
        if (kind == ImportKind.Winkels && example.StoreRow != ExamplePractice.Fictional)
        {
            return $"Rij 2 van het eerste werkblad is uw praktijk {example.StoreRow.StoreCode}/{example.StoreRow.PracticeCode} zoals hij is " +
                       "opgeslagen: zo importeren verandert niets. Vul eronder uw andere winkels en praktijken in.";
        }
        if (kind == ImportKind.Nametingen)
        {
            return $"Rij 2 van het eerste werkblad is een voorbeeld: een nameting van het traject van deelnemer {ExampleRow.Participant} dat begon op " +
                   $"{ExampleRow.FollowedTrajectoryStart(example.Today).ToString("d-M-yyyy", CultureInfo.InvariantCulture)}. Het kan pas worden geïmporteerd als dat traject is geïmporteerd en " +
                   "is afgelopen. Vervang het door uw eigen nametingen.";
        }
        return "Rij 2 van het eerste werkblad is een voorbeeld dat zo kan worden geïmporteerd. Vervang het door uw eigen gegevens: " +
               (kind == ImportKind.Winkels
                   ? "een voorbeeldwinkel die u laat staan, wordt een echte winkel."
                   : "een voorbeeldrij die u laat staan, telt mee in de cijfers.");
    }
}
