namespace Dashboard.Data.Imports;

public static class ImportKinds
{
    /// <summary>
    /// The kind as stored (import_batches.kind), on the command line and in template file names: "verkopen". Written out,
    /// so renaming a member never changes stored history.
    /// </summary>
    public static string Name(this ImportKind kind) => kind switch
    {
        ImportKind.Winkels => "winkels",
        ImportKind.Deelnemers => "deelnemers",
        ImportKind.Certificaten => "certificaten",
        ImportKind.Verkopen => "verkopen",
        ImportKind.Investeringen => "investeringen",
        ImportKind.Nametingen => "nametingen",
    };

    /// <summary>The kind with exactly this name (case aside): "verkopen". Nothing else — no numbers, no lists.</summary>
    public static ImportKind? Parse(string name) =>
        Enum.GetValues<ImportKind>().Select(k => (ImportKind?)k).FirstOrDefault(k => string.Equals(k!.Value.Name(), name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The word for a file of this kind: "verkoopbestand", told in the culture of the text it goes in.</summary>
    public static ImportText FileWord(this ImportKind kind) => new("FileWord." + kind.Name());

    /// <summary>Every kind but `winkels` can replace what is stored (docs/importbestanden.md#winkels).</summary>
    public static bool AllowsReplace(this ImportKind kind) => kind != ImportKind.Winkels;
}
