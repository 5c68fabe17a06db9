namespace Dashboard.Data.Import;

/// <summary>The four kinds of import file (SPEC §2); the names are those of the command line.</summary>
public enum ImportKind
{
    Winkels,
    Deelnemers,
    Certificaten,
    Verkopen,
}
