using System.Reflection;

namespace Dashboard.Data.Exports;

/// <summary>
/// The one font every renderer uses — charts (ScottPlot) and factsheets (PDFsharp) — shipped inside the product,
/// so output looks the same on every machine: Source Sans 3 (SIL Open Font License 1.1, see Fonts/OFL-LICENSE.md).
/// The pages load the same face as a web font.
/// </summary>
public static class ProductFont
{
    public const string Family = "Source Sans 3";

    public static byte[] Regular { get; } = Load("SourceSans3-Regular.ttf");

    public static byte[] Semibold { get; } = Load("SourceSans3-Semibold.ttf");

    private static byte[] Load(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("fonts/" + file)
            ?? throw new InvalidOperationException($"the embedded font {file} is missing");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
