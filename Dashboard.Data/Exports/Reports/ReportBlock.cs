namespace Dashboard.Data.Exports.Reports;

/// <summary>One block of a <see cref="FunderReport"/>, printed in order. A writer knows how each kind looks; the builder decides what is said.</summary>
public abstract record ReportBlock;

/// <summary>
/// The cover: a small line above the title ("Impactrapportage"), the title (the organisation or practice), the subtitle
/// (what it covers and the period) and a few lines below (made on, data up to, by). It fills the first page on its own:
/// the next block starts a new page.
/// </summary>
public sealed record ReportCover(string Kicker, string Title, string Subtitle, IReadOnlyList<string> Lines) : ReportBlock;

/// <summary>A heading of level 1 (a chapter), 2 or 3: Word's built-in styles Heading1–Heading3.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>A paragraph of running text, in a tone: plain, a note in small grey type, or a participant's quote.</summary>
public sealed record ReportParagraph(string Text, ReportTone Tone = ReportTone.Plain) : ReportBlock;

/// <summary>A bulleted list.</summary>
public sealed record ReportBullets(IReadOnlyList<string> Items) : ReportBlock;

/// <summary>
/// A table with a header row: every cell is text as printed ("63,7%", "&lt;5", "afgeschermd"); columns marked numeric are
/// right-aligned. <see cref="Widths"/> are the columns' relative widths (any unit; they are scaled to the text width).
/// </summary>
public sealed record ReportTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool> Numeric,
    IReadOnlyList<double> Widths) : ReportBlock;

/// <summary>A chart as a PNG at print density, printed at the full text width, with its description as the picture's alternative text.</summary>
public sealed record ReportPicture(byte[] Png, int WidthPixels, int HeightPixels, string Description) : ReportBlock;

/// <summary>The next block starts a new page (before the appendix).</summary>
public sealed record ReportPageBreak : ReportBlock;

/// <summary>How a paragraph is printed.</summary>
public enum ReportTone
{
    /// <summary>Running text.</summary>
    Plain,

    /// <summary>A note in smaller grey type: what a chart or table leaves out and why, a source line.</summary>
    Note,

    /// <summary>A participant's own words: indented, italic in Word, in the product colour in the PDF.</summary>
    Quote,
}
