using PdfSharp.Fonts;

namespace Dashboard.Data.Exports.Factsheets;

/// <summary>
/// Gives PDFsharp the product font (<see cref="ProductFont"/>) for every family it asks for — Semibold for bold —
/// so a factsheet never depends on the fonts of the machine that makes it. PDFsharp keeps one resolver per
/// process, to be set before the first font is made and never replaced by another instance.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    private const string RegularFace = "SourceSans3-Regular";
    private const string SemiboldFace = "SourceSans3-Semibold";
    private static readonly Lock Gate = new();

    public static PdfFontResolver Instance { get; } = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? SemiboldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == SemiboldFace ? ProductFont.Semibold : ProductFont.Regular;
}
