namespace Dashboard.Data.Import;

/// <summary>The four kinds of import file (SPEC §2); the names are those of the command line.</summary>
public enum ImportKind
{
    Winkels,
    Deelnemers,
    Certificaten,
    Verkopen,
}

public static class ImportKinds
{
    public static string Name(this ImportKind kind) => kind.ToString().ToLowerInvariant();

    public static ImportKind? Parse(string name) =>
        Enum.TryParse<ImportKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _) ? kind : null;

    /// <summary>The Dutch word for a file of this kind: "verkoopbestand".</summary>
    public static string FileWord(this ImportKind kind) => kind switch
    {
        ImportKind.Winkels => "winkelbestand",
        ImportKind.Deelnemers => "deelnemersbestand",
        ImportKind.Certificaten => "certificatenbestand",
        _ => "verkoopbestand",
    };

    /// <summary>Only sales, trajectories and certificates can replace what is stored (SPEC §2.4).</summary>
    public static bool AllowsReplace(this ImportKind kind) => kind != ImportKind.Winkels;
}
