namespace Dashboard.Data.Imports;

/// <summary>How far an import is: rows checked and written so far.</summary>
public readonly record struct ImportProgress(ImportPhase Phase, long RowsChecked, long RowsWritten);

public enum ImportPhase
{
    Inspecting,
    /// <summary>Another import of this server is writing; this one waits its turn.</summary>
    Waiting,
    Checking,
    Finishing,
    Done,
}
