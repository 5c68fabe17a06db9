namespace Dashboard.Data.Domain;

/// <summary>The code lists of docs/importbestanden.md, each in its canonical spelling and display order.</summary>
public static class Codes
{
    public static readonly CodeList PracticeKinds = new("soort praktijk",
        "winkel", "horeca", "fietsen", "textiel", "meubels", "elektra", "sortering", "overig");

    public static readonly CodeList TargetGroups = new("doelgroep",
        "arbeidsbeperking", "zonder_werk", "nieuwkomer", "opleiding", "overig");

    public static readonly CodeList AgeGroups = new CodeList("leeftijdsgroep",
        "tot27", "27tot50", "50plus").WithAlias("jongeren", "tot27");

    public static readonly CodeList Schemes = new("regeling",
        "participatiewet", "participatiewet_lks", "wajong", "wia", "wsw_beschut", "inburgering", "geen", "overig");

    public static readonly CodeList TrajectoryTypes = new("traject",
        "werkervaring", "leerwerk", "stage_bbl", "vrijwilliger", "dienstverband", "dagbesteding", "overig");

    public static readonly CodeList Outcomes = new("uitstroom",
        "betaald_werk", "betaald_werk_intern", "opleiding", "ander_traject", "zorg", "uitval", "onbekend");

    /// <summary>What a former participant was doing at a follow-up (docs/importbestanden.md#nametingen).</summary>
    public static readonly CodeList FollowUpSituations = new("situatie",
        "betaald_werk", "betaald_werk_intern", "opleiding", "uitkering", "anders", "onbekend");

    public static readonly CodeList CertificateKinds = new("soort certificaat",
        "mbo_diploma", "mbo_certificaat", "praktijkverklaring", "branchecertificaat", "overig");

    public static readonly CodeList SalesCategories = new("categorie",
        "kleding_textiel", "meubels", "fietsen", "elektra", "boeken_media", "huisraad", "speelgoed", "horeca", "overig");

    /// <summary>Who put the money of an investment into a practice (docs/importbestanden.md#investeringen).</summary>
    public static readonly CodeList Funders = new("financier",
        "gemeente", "uwv", "fonds", "eigen_middelen", "overig");

    /// <summary>The funder of an investment whose file leaves `financier` empty.</summary>
    public const string DefaultFunder = "overig";

    /// <summary>Food and drink: sold, but no goods reused (docs/indicatoren.md#milieu).</summary>
    public const string FoodAndDrinkCategory = "horeca";
}
