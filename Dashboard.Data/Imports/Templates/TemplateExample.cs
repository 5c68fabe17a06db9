namespace Dashboard.Data.Imports.Templates;

/// <summary>
/// What a template's example row needs from the installation it is downloaded from, so that the row imports
/// there as it comes: the day of import and, when there is one, an existing practice to refer to.
/// </summary>
public sealed record TemplateExample(DateOnly Today, ExamplePractice? Practice = null)
{
    /// <summary>
    /// Where the example trajectory, certificate or sale takes place: a real practice, or else the store the
    /// `winkels` example creates — never a demo practice, where real rows are refused.
    /// </summary>
    public ExamplePractice Place => StoreRow;

    /// <summary>
    /// The `winkels` example: the existing practice repeated as it is stored, so importing it changes nothing —
    /// except under a demo organisation, where real rows are refused, so the fictional store instead.
    /// </summary>
    public ExamplePractice StoreRow => Practice is { IsDemo: false } practice ? practice : ExamplePractice.Fictional;

    /// <summary>The example for an installation with these practices: the first by store and practice code, a real one before a demo one.</summary>
    public static TemplateExample For(DateOnly today, IEnumerable<ExamplePractice> practices) => new(today, practices
        .OrderBy(p => p.IsDemo)
        .ThenBy(p => p.StoreCode, StringComparer.Ordinal)
        .ThenBy(p => p.PracticeCode, StringComparer.Ordinal)
        .FirstOrDefault());
}
