namespace Dashboard.Data.Exports;

/// <summary>The page an export comes from; its name is the one URLs and the command line use.</summary>
public enum ExportView
{
    Overzicht,
    Praktijk,
    Vergelijken,
    Sector,
}
