namespace Dashboard.Data.Import;

/// <summary>
/// The whole file is refused before any row is looked at (wrong format, an identifier column, a missing
/// key file, …). The message is Dutch and meant for the person who chose the file.
/// </summary>
public sealed class ImportRefusedException(string message, string kind = ImportRefusedException.FileRefused) : Exception(message)
{
    public const string FileRefused = "bestand geweigerd";

    /// <summary>What sort of refusal, as the report groups problems.</summary>
    public string Kind { get; } = kind;
}
