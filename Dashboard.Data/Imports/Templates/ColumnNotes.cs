using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Certificates;
using Dashboard.Data.Imports.FollowUps;
using Dashboard.Data.Imports.Investments;
using Dashboard.Data.Imports.Sales;
using Dashboard.Data.Imports.Stores;
using Dashboard.Data.Imports.Trajectories;

namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// The "Toelichting" of every column of every kind, in Dutch, as the import checks it (docs/importbestanden.md and the
/// per-kind import classes). Kept beside the templates so a changed rule is changed in both at once.
/// </summary>
internal static class ColumnNotes
{
    private static readonly IReadOnlyList<AllowedValue> LadderSteps =
    [
        new("1", "Geïsoleerd"),
        new("2", "Sociale contacten buitenshuis"),
        new("3", "Deelname aan georganiseerde activiteiten"),
        new("4", "Onbetaald werk"),
        new("5", "Betaald werk met ondersteuning"),
        new("6", "Betaald werk zonder ondersteuning"),
    ];

    private const string ParticipantMeaning =
        "De eigen deelnemerscode van de organisatie, bijv. VOORBEELD-001 — nooit een naam of BSN. Een code van precies negen cijfers " +
        "wordt geweigerd, omdat die niet van een BSN te onderscheiden is. De code wordt alleen versleuteld opgeslagen. Laat de kolom " +
        "tekst: als getal verliest een code als 0612 zijn voorloopnul.";

    /// <summary>The notes of a kind's columns, in template order; every column has one.</summary>
    public static IReadOnlyList<ColumnNote> For(ImportKind kind)
    {
        var notes = (kind switch
        {
            ImportKind.Winkels => Stores(),
            ImportKind.Deelnemers => Trajectories(),
            ImportKind.Certificaten => Certificates(),
            ImportKind.Verkopen => Sales(),
            ImportKind.Investeringen => Investments(),
            ImportKind.Nametingen => FollowUps(),
        }).ToDictionary(n => n.Column.Name);
        var columns = ImportLayouts.Columns(kind);
        if (notes.Count != columns.Count || columns.Any(c => !notes.ContainsKey(c.Name)))
        {
            throw new InvalidOperationException($"the notes of {kind.Name()} do not match its columns");
        }
        return columns.Select(c => notes[c.Name]).ToList();
    }

    private static IEnumerable<ColumnNote> Stores() =>
    [
        Text(StoreImport.Organisation, "Naam van het kringloopbedrijf. Een naam die nog niet bestaat, maakt een nieuwe organisatie aan."),
        Text(StoreImport.Store, "Winkelcode, bijv. ZWO: uniek in de hele installatie. Een code die al bij een andere organisatie hoort, wordt geweigerd."),
        Text(StoreImport.StoreName, "Naam van de winkel zoals het dashboard hem toont; op elke rij van dezelfde winkel gelijk."),
        Text(StoreImport.City, "Plaats van de winkel; op elke rij van dezelfde winkel gelijk. Leeg laat een opgeslagen plaats staan."),
        Text(StoreImport.Practice, "Code van de goede praktijk binnen de winkel, bijv. WINKEL of HORECA1. Winkel en praktijk samen wijzen een praktijk aan."),
        Text(StoreImport.PracticeName, "Naam van de praktijk, bijv. Restaurant De Pan."),
        Code(StoreImport.Kind, Codes.PracticeKinds, "Soort praktijk: de winkelvloer zelf of een werkplaats, restaurant, sortering, …"),
        Number(StoreImport.FloorArea, "Vloeroppervlak van de winkel in m², groter dan 0, om winkels per m² te vergelijken; op elke rij van dezelfde winkel gelijk. " +
                                      "Leeg laat een opgeslagen vloeroppervlak staan."),
    ];

    private static IEnumerable<ColumnNote> Trajectories() =>
    [
        Text(TrajectoryImport.Participant, ParticipantMeaning),
        Text(TrajectoryImport.Store, "Winkelcode van de winkel waar het traject loopt; de winkel moet al bestaan (importeer eerst het winkelbestand)."),
        Text(TrajectoryImport.Practice, "Praktijkcode binnen die winkel, waar het traject loopt."),
        Code(TrajectoryImport.TargetGroup, Codes.TargetGroups, "Doelgroep van de deelnemer: de vier groepen van BKN/PSO, en overig."),
        Code(TrajectoryImport.AgeGroup, Codes.AgeGroups, "Leeftijdsgroep van de deelnemer; 'jongeren' betekent tot27."),
        Code(TrajectoryImport.Scheme, Codes.Schemes, "Regeling waaronder de deelnemer bij u werkt."),
        Code(TrajectoryImport.TrajectoryType, Codes.TrajectoryTypes, "Soort traject: wat voor plek de deelnemer bij u heeft."),
        Date(TrajectoryImport.StartDate, "Eerste dag van het traject."),
        Date(TrajectoryImport.EndDate, "Laatste dag van het traject; leeg zolang het loopt. Niet vóór de startdatum en niet na vandaag: " +
                                       "een geplande einddatum is nog geen einde."),
        Number(TrajectoryImport.HoursPerWeek, "Uren per week: meer dan 0 en hoogstens 60; een decimaal mag (22,5)."),
        Code(TrajectoryImport.Outcome, Codes.Outcomes, "Waar de deelnemer na het traject naartoe ging. Verplicht bij een einddatum, " +
                                                       "leeg bij een traject dat nog loopt.", required: "alleen bij een einddatum"),
        Steps(TrajectoryImport.LadderStart, "Trede op de participatieladder bij de start (1 tot en met 6)."),
        Steps(TrajectoryImport.LadderEnd, "Trede op de participatieladder bij het einde (1 tot en met 6)."),
    ];

    private static IEnumerable<ColumnNote> Certificates() =>
    [
        Text(CertificateImport.Participant, ParticipantMeaning + " Gebruik dezelfde code als in het deelnemersbestand."),
        Text(CertificateImport.Store, "Winkelcode van de winkel waar het certificaat is behaald; de winkel moet al bestaan."),
        Text(CertificateImport.Practice, "Praktijkcode binnen die winkel."),
        Date(CertificateImport.Date, "Datum waarop het certificaat is behaald; niet na vandaag."),
        Code(CertificateImport.Kind, Codes.CertificateKinds, "Soort certificaat: diploma, certificaat of verklaring."),
        Text(CertificateImport.Name, "Naam van het certificaat, bijv. VCA, heftruck of HACCP."),
    ];

    private static IEnumerable<ColumnNote> Sales() =>
    [
        Date(SalesImport.Date, "Verkoopdatum; niet na vandaag."),
        Text(SalesImport.Store, "Winkelcode van de winkel die verkocht; de winkel moet al bestaan (importeer eerst het winkelbestand)."),
        Text(SalesImport.Practice, "Praktijkcode binnen die winkel."),
        Code(SalesImport.Category, Codes.SalesCategories, "Wat er verkocht is. 'horeca' is eten en drinken: daarbij worden geen goederen hergebruikt."),
        Number(SalesImport.Revenue, "Omzet in euro's inclusief btw, bijv. 12,50; negatief bij een retour. Wordt afgerond op centen."),
        Number(SalesImport.Items, "Aantal verkochte artikelen, een geheel getal; negatief bij een retour."),
        Number(SalesImport.Weight, "Gewicht van de verkochte goederen in kg. Leeg: geschat met het gemiddelde gewicht van de categorie."),
        Number(SalesImport.Transactions, "Aantal bonnen, een geheel getal, voor de gemiddelde besteding per klant."),
    ];

    private static IEnumerable<ColumnNote> Investments() =>
    [
        Text(InvestmentImport.Store, "Winkelcode van de winkel waarin is geïnvesteerd; de winkel moet al bestaan (importeer eerst het winkelbestand)."),
        Text(InvestmentImport.Practice, "Praktijkcode binnen die winkel."),
        Number(InvestmentImport.Year, "Het jaar waarin het geld in de praktijk ging, voluit (jjjj), bijv. 2025; niet na dit jaar."),
        Number(InvestmentImport.Amount, "Bedrag in euro's dat dat jaar in de praktijk ging (subsidie, eigen middelen, giften), groter dan 0, bijv. 12.500,00. " +
                                        "Wordt afgerond op centen."),
        Code(InvestmentImport.Funder, Codes.Funders, "Wie het geld gaf. Leeg betekent overig. Eén rij per praktijk, jaar en financier."),
        Text(InvestmentImport.Description, "Korte omschrijving, bijv. de naam van de subsidieregeling of het fonds."),
    ];

    private static IEnumerable<ColumnNote> FollowUps() =>
    [
        Text(FollowUpImport.Participant, "Deelnemerscode van de oud-deelnemer, zoals in het deelnemersbestand."),
        Text(FollowUpImport.Store, "Winkelcode van het traject, zoals in het deelnemersbestand."),
        Text(FollowUpImport.Practice, "Praktijkcode van het traject, zoals in het deelnemersbestand."),
        Date(FollowUpImport.StartDate, "Startdatum van het traject, zoals in het deelnemersbestand. Deze vier kolommen wijzen het traject aan; het moet " +
                                       "geïmporteerd zijn en een einddatum hebben."),
        Date(FollowUpImport.Date, "Datum van de nameting (het gesprek met de oud-deelnemer): na de einddatum van het traject en niet na vandaag. " +
                                  "5 tot en met 8 hele maanden na het einde is de 6-maandsnameting, 11 tot en met 14 de 12-maandsnameting."),
        Code(FollowUpImport.Situation, Codes.FollowUpSituations, "Wat de oud-deelnemer op de meetdatum doet."),
    ];

    private static string Required(ImportColumn column) => column.Required ? "ja" : "nee";

    private static ColumnNote Text(ImportColumn column, string meaning) => new(column, ColumnContent.Text, Required(column), meaning, []);

    private static ColumnNote Number(ImportColumn column, string meaning) => new(column, ColumnContent.Number, Required(column), meaning, []);

    private static ColumnNote Date(ImportColumn column, string meaning) => new(column, ColumnContent.Date, Required(column), meaning, []);

    private static ColumnNote Steps(ImportColumn column, string meaning) => new(column, ColumnContent.Number, Required(column), meaning, LadderSteps);

    private static ColumnNote Code(ImportColumn column, CodeList codes, string meaning, string? required = null) =>
        new(column, ColumnContent.Text, required ?? Required(column), meaning,
            codes.Codes.Select(code => new AllowedValue(code, CodeLabels.Label(codes, code))).ToList());
}
