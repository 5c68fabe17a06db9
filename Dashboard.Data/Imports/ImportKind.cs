namespace Dashboard.Data.Imports;

/// <summary>The six kinds of import file (docs/importbestanden.md); the names are those of the command line.</summary>
public enum ImportKind
{
    Winkels,
    Deelnemers,
    Certificaten,
    Verkopen,
    Investeringen,
    Nametingen,
}
