using Dashboard.Data.Exports.Reports;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>A funder report's blocks as plain lines, in order, to read and to search: what a reader of either file would see.</summary>
internal static class ReportText
{
    public static IReadOnlyList<string> Lines(FunderReport report) => report.Blocks.SelectMany(Lines).ToList();

    public static string Of(FunderReport report) => string.Join("\n", Lines(report));

    private static IEnumerable<string> Lines(ReportBlock block) => block switch
    {
        ReportCover cover => [cover.Kicker, cover.Title, cover.Subtitle, .. cover.Lines],
        ReportHeading heading => [new string('#', heading.Level) + " " + heading.Text],
        ReportParagraph paragraph => [paragraph.Tone == ReportTone.Plain ? paragraph.Text : $"[{paragraph.Tone}] {paragraph.Text}"],
        ReportBullets bullets => bullets.Items.Select(i => "• " + i),
        ReportTable table => [string.Join(" | ", table.Header), .. table.Rows.Select(r => string.Join(" | ", r))],
        ReportPicture picture => [$"[picture {picture.WidthPixels}×{picture.HeightPixels}: {picture.Description}]"],
        ReportPageBreak => ["[page break]"],
        _ => throw new ArgumentException($"unknown block {block.GetType().Name}", nameof(block)),
    };
}
