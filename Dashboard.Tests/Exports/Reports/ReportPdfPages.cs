using Dashboard.Tests.Exports.Factsheets;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>
/// A report PDF read back page by page: each page copied into a PDF of its own and read with <see cref="PdfText"/>, so
/// the text on a page is what that page's content stream really shows; and what each page holds in fonts and images.
/// </summary>
public static class ReportPdfPages
{
    public static PdfDocument Open(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    /// <summary>The text of every page, its runs joined by single spaces.</summary>
    public static IReadOnlyList<string> Texts(byte[] pdf) => PerPage(pdf, PdfText.Of);

    private static IReadOnlyList<T> PerPage<T>(byte[] pdf, Func<byte[], T> read)
    {
        using var source = Open(pdf);
        var pages = new List<T>();
        foreach (var page in source.Pages.Cast<PdfPage>())
        {
            using var single = new PdfDocument();
            single.AddPage(page);
            using var output = new MemoryStream();
            single.Save(output, closeStream: false);
            pages.Add(read(output.ToArray()));
        }
        return pages;
    }

    /// <summary>The text-showing runs of every page — a line of running text is one run.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Runs(byte[] pdf) => PerPage(pdf, PdfText.Runs);

    /// <summary>The base font name (PDF name escapes undone) of every font any page uses, and whether its font file is in the PDF.</summary>
    public static IReadOnlyList<(string Name, bool Embedded)> Fonts(byte[] pdf)
    {
        using var document = Open(pdf);
        return [.. document.Pages.Cast<PdfPage>().SelectMany(page =>
        {
            var fonts = page.Resources.Elements.GetDictionary("/Font");
            return fonts is null ? [] : fonts.Elements.Keys.Select(key => Font(fonts.Elements.GetDictionary(key)!));
        }).Distinct()];
    }

    private static (string Name, bool Embedded) Font(PdfDictionary font)
    {
        var descendant = (font.Elements.GetObject("/DescendantFonts") as PdfArray)?.Elements.GetObject(0) as PdfDictionary;
        var file = descendant?.Elements.GetDictionary("/FontDescriptor")?.Elements.GetDictionary("/FontFile2");
        return (font.Elements.GetName("/BaseFont").Replace("#20", " ", StringComparison.Ordinal), file?.Stream.UnfilteredValue.Length > 1000);
    }

    /// <summary>How many image XObjects each page draws from.</summary>
    public static IReadOnlyList<int> Images(byte[] pdf)
    {
        using var document = Open(pdf);
        return [.. document.Pages.Cast<PdfPage>().Select(page =>
        {
            var objects = page.Resources.Elements.GetDictionary("/XObject");
            return objects is null
                ? 0
                : objects.Elements.Keys.Count(key => objects.Elements.GetDictionary(key)?.Elements.GetName("/Subtype") == "/Image");
        })];
    }

    /// <summary>The size each page draws its images at, in points: the scale of the last cm before each Do.</summary>
    public static IReadOnlyList<IReadOnlyList<(double Width, double Height)>> ImageSizes(byte[] pdf)
    {
        using var document = Open(pdf);
        return [.. document.Pages.Cast<PdfPage>().Select(page =>
        {
            var sizes = new List<(double, double)>();
            (double, double) last = (0, 0);
            void Walk(CSequence sequence)
            {
                foreach (var item in sequence)
                {
                    switch (item)
                    {
                        case COperator { OpCode.Name: "cm" } cm:
                            last = (Math.Abs(Number(cm.Operands[0])), Math.Abs(Number(cm.Operands[3])));
                            break;
                        case COperator { OpCode.Name: "Do" }:
                            sizes.Add(last);
                            break;
                        case CSequence nested:
                            Walk(nested);
                            break;
                    }
                }
            }
            Walk(ContentReader.ReadContent(page));
            return (IReadOnlyList<(double, double)>)sizes;
        })];
    }

    private static double Number(CObject operand) => operand switch
    {
        CReal real => real.Value,
        CInteger integer => integer.Value,
        _ => throw new InvalidOperationException($"not a number: {operand}"),
    };
}
