using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports;

/// <summary>
/// The whole file is refused before any row is looked at (wrong format, an identifier column, a missing
/// key file, …), meant for the person who chose the file. <see cref="Exception.Message"/> is Dutch;
/// <see cref="MessageIn"/> tells it in the reader's language where the refusal has an <see cref="ImportText"/>.
/// </summary>
public sealed class ImportRefusedException : Exception
{
    public const string FileRefused = "bestand geweigerd";

    private readonly ImportText? _text;

    /// <summary>A refusal in Dutch only (the key file, which only the server's operator handles).</summary>
    public ImportRefusedException(string message, string kind = FileRefused) : base(message) => Kind = kind;

    public ImportRefusedException(ImportText text, string kind = FileRefused) : base(text.In(Dutch.Culture)) => (_text, Kind) = (text, kind);

    /// <summary>What sort of refusal, as the report groups problems.</summary>
    public string Kind { get; }

    public string MessageIn(CultureInfo culture) => _text?.In(culture) ?? Message;
}
