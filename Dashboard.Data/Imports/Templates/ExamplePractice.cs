namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// The store and practice a template's example row refers to, with everything a `winkels` row says about it,
/// so that the installation's own first practice can serve as the example without changing it on import.
/// </summary>
public sealed record ExamplePractice(
    string Organisation,
    string StoreCode,
    string StoreName,
    string? City,
    decimal? FloorAreaM2,
    string PracticeCode,
    string PracticeName,
    string Kind,
    bool IsDemo = false)
{
    /// <summary>The store the `winkels` template creates in an installation that has none yet.</summary>
    public static readonly ExamplePractice Fictional = new(
        "Voorbeeld Kringloop", "VBK", "Voorbeeld Kringloop Centrum", "Utrecht", 850m, "WINKEL", "Winkelvloer", "winkel");
}
