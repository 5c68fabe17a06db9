namespace Dashboard.Tests.Exports;

/// <summary>
/// Names stored before there were length limits: store AAN, its organisation and its restaurant each have a name of
/// 10,000 characters — a few words and then one unbroken run.
/// </summary>
public sealed class LongNames() : PlantedNames(Store, Organisation, Practice)
{
    public const int Length = 10_000;

    public static readonly string Store = Name("Aan de Maas Centrum");
    public static readonly string Organisation = Name("Kringloop Aan de Maas");
    public static readonly string Practice = Name("Restaurant De Pan");

    /// <summary>The beginning a reader recognises, then one word running on to <see cref="Length"/> characters.</summary>
    private static string Name(string start) => (start + " " + string.Concat(Enumerable.Repeat("Kringloop", Length / 9 + 1)))[..Length];
}
