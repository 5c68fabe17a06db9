using System.Globalization;

namespace Dashboard.Data.Domain;

/// <summary>
/// How a code reads for people, in Dutch and English: "nieuwkomer" is "Nieuwkomers (op zoek naar veiligheid)".
/// Files and the command line keep the codes; pages and exports show these labels.
/// </summary>
public static class CodeLabels
{
    private static readonly Dictionary<string, (string Nl, string En)> PracticeKinds = new()
    {
        ["winkel"] = ("Winkelvloer", "Shop floor"),
        ["horeca"] = ("Horeca", "Hospitality"),
        ["fietsen"] = ("Fietsen", "Bicycles"),
        ["textiel"] = ("Textiel", "Textiles"),
        ["meubels"] = ("Meubels", "Furniture"),
        ["elektra"] = ("Elektra", "Electronics"),
        ["sortering"] = ("Sortering en logistiek", "Sorting and logistics"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> TargetGroups = new()
    {
        ["arbeidsbeperking"] = ("Arbeidsbeperking", "Work disability"),
        ["zonder_werk"] = ("Lang zonder werk", "Long without work"),
        ["nieuwkomer"] = ("Nieuwkomers", "Newcomers"),
        ["opleiding"] = ("In opleiding", "In education"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> AgeGroups = new()
    {
        ["tot27"] = ("Jonger dan 27", "Under 27"),
        ["27tot50"] = ("27 tot 50", "27 to 50"),
        ["50plus"] = ("50 en ouder", "50 and over"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> Schemes = new()
    {
        ["participatiewet"] = ("Participatiewet", "Participation Act"),
        ["participatiewet_lks"] = ("Participatiewet met loonkostensubsidie", "Participation Act with wage subsidy"),
        ["wajong"] = ("Wajong", "Wajong"),
        ["wia"] = ("WIA", "WIA"),
        ["wsw_beschut"] = ("Wsw / beschut werk", "Sheltered work"),
        ["inburgering"] = ("Inburgering", "Civic integration"),
        ["geen"] = ("Geen regeling", "No scheme"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> TrajectoryTypes = new()
    {
        ["werkervaring"] = ("Werkervaringsplaats", "Work-experience place"),
        ["leerwerk"] = ("Leerwerktraject", "Learn-work trajectory"),
        ["stage_bbl"] = ("Stage / BBL", "Internship / apprenticeship"),
        ["vrijwilliger"] = ("Vrijwilliger", "Volunteer"),
        ["dienstverband"] = ("Dienstverband", "Paid job"),
        ["dagbesteding"] = ("Dagbesteding", "Day activities"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> Outcomes = new()
    {
        ["betaald_werk"] = ("Betaald werk", "Paid work"),
        ["betaald_werk_intern"] = ("Betaald werk in de eigen organisatie", "Paid job in the organisation"),
        ["opleiding"] = ("Opleiding", "Education"),
        ["ander_traject"] = ("Ander traject", "Other trajectory"),
        ["zorg"] = ("Zorg of dagbesteding", "Care or day activities"),
        ["uitval"] = ("Uitval", "Drop-out"),
        ["onbekend"] = ("Onbekend", "Unknown"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> CertificateKinds = new()
    {
        ["mbo_diploma"] = ("Mbo-diploma", "Vocational diploma"),
        ["mbo_certificaat"] = ("Mbo-certificaat", "Vocational certificate"),
        ["praktijkverklaring"] = ("Praktijkverklaring", "Workplace statement"),
        ["branchecertificaat"] = ("Branchecertificaat", "Industry certificate"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<string, (string Nl, string En)> SalesCategories = new()
    {
        ["kleding_textiel"] = ("Kleding en textiel", "Clothing and textiles"),
        ["meubels"] = ("Meubels", "Furniture"),
        ["fietsen"] = ("Fietsen", "Bicycles"),
        ["elektra"] = ("Elektra", "Electronics"),
        ["boeken_media"] = ("Boeken en media", "Books and media"),
        ["huisraad"] = ("Huisraad", "Household goods"),
        ["speelgoed"] = ("Speelgoed", "Toys"),
        ["horeca"] = ("Eten en drinken", "Food and drink"),
        ["overig"] = ("Overig", "Other"),
    };

    private static readonly Dictionary<CodeList, Dictionary<string, (string Nl, string En)>> ByList = new()
    {
        [Codes.PracticeKinds] = PracticeKinds,
        [Codes.TargetGroups] = TargetGroups,
        [Codes.AgeGroups] = AgeGroups,
        [Codes.Schemes] = Schemes,
        [Codes.TrajectoryTypes] = TrajectoryTypes,
        [Codes.Outcomes] = Outcomes,
        [Codes.CertificateKinds] = CertificateKinds,
        [Codes.SalesCategories] = SalesCategories,
    };

    /// <summary>The label of a code of <paramref name="list"/>; "onbekend" reads as "Onbekend"; an unlisted code as itself.</summary>
    public static string Label(CodeList list, string code, CultureInfo? culture = null)
    {
        var english = culture?.IsEnglish() ?? false;
        if (ByList[list].TryGetValue(code, out var label))
        {
            return english ? label.En : label.Nl;
        }
        return code == "onbekend" ? english ? "Unknown" : "Onbekend" : code;
    }
}
