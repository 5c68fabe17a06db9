using Dashboard.Data.Domain;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The codes the demo sector uses, each looked up in the canonical lists of <see cref="Codes"/> when the
/// type loads: a code renamed there fails here at once instead of writing files the importer refuses.
/// </summary>
internal static class DemoCodes
{
    private static string Known(CodeList list, string code) =>
        list.Codes.Contains(code) ? code : throw new InvalidOperationException($"'{code}' is geen {list.Name} meer");

    public static class Kind
    {
        public static readonly string Winkel = Known(Codes.PracticeKinds, "winkel");
        public static readonly string Horeca = Known(Codes.PracticeKinds, "horeca");
        public static readonly string Fietsen = Known(Codes.PracticeKinds, "fietsen");
        public static readonly string Textiel = Known(Codes.PracticeKinds, "textiel");
        public static readonly string Meubels = Known(Codes.PracticeKinds, "meubels");
        public static readonly string Elektra = Known(Codes.PracticeKinds, "elektra");
        public static readonly string Sortering = Known(Codes.PracticeKinds, "sortering");
        public static readonly string Overig = Known(Codes.PracticeKinds, "overig");
    }

    public static class Group
    {
        public static readonly string Arbeidsbeperking = Known(Codes.TargetGroups, "arbeidsbeperking");
        public static readonly string ZonderWerk = Known(Codes.TargetGroups, "zonder_werk");
        public static readonly string Nieuwkomer = Known(Codes.TargetGroups, "nieuwkomer");
        public static readonly string Opleiding = Known(Codes.TargetGroups, "opleiding");
        public static readonly string Overig = Known(Codes.TargetGroups, "overig");
    }

    public static class Age
    {
        public static readonly string Tot27 = Known(Codes.AgeGroups, "tot27");
        public static readonly string Tot50 = Known(Codes.AgeGroups, "27tot50");
        public static readonly string Plus50 = Known(Codes.AgeGroups, "50plus");
    }

    public static class Scheme
    {
        public static readonly string Participatiewet = Known(Codes.Schemes, "participatiewet");
        public static readonly string Loonkostensubsidie = Known(Codes.Schemes, "participatiewet_lks");
        public static readonly string Wajong = Known(Codes.Schemes, "wajong");
        public static readonly string Wia = Known(Codes.Schemes, "wia");
        public static readonly string WswBeschut = Known(Codes.Schemes, "wsw_beschut");
        public static readonly string Inburgering = Known(Codes.Schemes, "inburgering");
        public static readonly string Geen = Known(Codes.Schemes, "geen");
        public static readonly string Overig = Known(Codes.Schemes, "overig");
    }

    public static class Trajectory
    {
        public static readonly string Werkervaring = Known(Codes.TrajectoryTypes, "werkervaring");
        public static readonly string Leerwerk = Known(Codes.TrajectoryTypes, "leerwerk");
        public static readonly string StageBbl = Known(Codes.TrajectoryTypes, "stage_bbl");
        public static readonly string Vrijwilliger = Known(Codes.TrajectoryTypes, "vrijwilliger");
        public static readonly string Dienstverband = Known(Codes.TrajectoryTypes, "dienstverband");
        public static readonly string Dagbesteding = Known(Codes.TrajectoryTypes, "dagbesteding");
        public static readonly string Overig = Known(Codes.TrajectoryTypes, "overig");
    }

    public static class Outcome
    {
        public static readonly string BetaaldWerk = Known(Codes.Outcomes, "betaald_werk");
        public static readonly string BetaaldWerkIntern = Known(Codes.Outcomes, "betaald_werk_intern");
        public static readonly string Opleiding = Known(Codes.Outcomes, "opleiding");
        public static readonly string AnderTraject = Known(Codes.Outcomes, "ander_traject");
        public static readonly string Zorg = Known(Codes.Outcomes, "zorg");
        public static readonly string Uitval = Known(Codes.Outcomes, "uitval");
        public static readonly string Onbekend = Known(Codes.Outcomes, "onbekend");
    }

    public static class Situation
    {
        public static readonly string BetaaldWerk = Known(Codes.FollowUpSituations, "betaald_werk");
        public static readonly string BetaaldWerkIntern = Known(Codes.FollowUpSituations, "betaald_werk_intern");
        public static readonly string Opleiding = Known(Codes.FollowUpSituations, "opleiding");
        public static readonly string Uitkering = Known(Codes.FollowUpSituations, "uitkering");
        public static readonly string Anders = Known(Codes.FollowUpSituations, "anders");
        public static readonly string Onbekend = Known(Codes.FollowUpSituations, "onbekend");
    }

    public static class Certificate
    {
        public static readonly string MboDiploma = Known(Codes.CertificateKinds, "mbo_diploma");
        public static readonly string MboCertificaat = Known(Codes.CertificateKinds, "mbo_certificaat");
        public static readonly string Praktijkverklaring = Known(Codes.CertificateKinds, "praktijkverklaring");
        public static readonly string Branchecertificaat = Known(Codes.CertificateKinds, "branchecertificaat");
        public static readonly string Overig = Known(Codes.CertificateKinds, "overig");
    }

    public static class Category
    {
        public static readonly string KledingTextiel = Known(Codes.SalesCategories, "kleding_textiel");
        public static readonly string Meubels = Known(Codes.SalesCategories, "meubels");
        public static readonly string Fietsen = Known(Codes.SalesCategories, "fietsen");
        public static readonly string Elektra = Known(Codes.SalesCategories, "elektra");
        public static readonly string BoekenMedia = Known(Codes.SalesCategories, "boeken_media");
        public static readonly string Huisraad = Known(Codes.SalesCategories, "huisraad");
        public static readonly string Speelgoed = Known(Codes.SalesCategories, "speelgoed");
        public static readonly string Horeca = Known(Codes.SalesCategories, Codes.FoodAndDrinkCategory);
        public static readonly string Overig = Known(Codes.SalesCategories, "overig");
    }
}
