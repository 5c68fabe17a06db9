using System.Globalization;

namespace Dashboard.Data.Domain;

/// <summary>
/// How a code reads for people, in Dutch and English: "nieuwkomer" is "Nieuwkomers (op zoek naar veiligheid)".
/// Files and the command line keep the codes; pages and exports show these labels, from CodeLabels.resx (Dutch) and
/// CodeLabels.en.resx under "{list}.{code}".
/// </summary>
public static class CodeLabels
{
    private static readonly ResourceTexts Texts = new("Dashboard.Data.Domain.CodeLabels");

    /// <summary>The key prefix of each list's labels.</summary>
    private static readonly Dictionary<CodeList, string> Lists = new()
    {
        [Codes.PracticeKinds] = "PracticeKinds",
        [Codes.TargetGroups] = "TargetGroups",
        [Codes.AgeGroups] = "AgeGroups",
        [Codes.Schemes] = "Schemes",
        [Codes.TrajectoryTypes] = "TrajectoryTypes",
        [Codes.Outcomes] = "Outcomes",
        [Codes.CertificateKinds] = "CertificateKinds",
        [Codes.SalesCategories] = "SalesCategories",
        [Codes.Funders] = "Funders",
        [Codes.FollowUpSituations] = "FollowUpSituations",
    };

    /// <summary>The label of a code of <paramref name="list"/> in <paramref name="culture"/> (Dutch when none is given); "onbekend" reads as "Onbekend"; an unlisted code as itself.</summary>
    public static string Label(CodeList list, string code, CultureInfo? culture = null)
    {
        culture ??= Language.Dutch;
        return Texts.Find($"{Lists[list]}.{code}", culture) ?? (code == "onbekend" ? Texts.Get("Unknown", culture) : code);
    }
}
