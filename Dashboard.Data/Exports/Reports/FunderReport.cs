using System.Globalization;

namespace Dashboard.Data.Exports.Reports;

/// <summary>
/// The funder report of one organisation or one good practice over a period (docs/funderrapport.md), as the blocks a
/// writer prints in order — the same blocks for Word (<see cref="ReportWord"/>) and PDF (<see cref="ReportPdf"/>), so
/// both say the same. It is already protected: a hidden figure is here only as "&lt;5" or "afgeschermd". The title and
/// subject are the document's metadata; <see cref="StoryIds"/> are the stories it contains, so that withdrawing one's
/// consent can revoke a link that serves it.
/// </summary>
public sealed record FunderReport(string Title, string Subject, CultureInfo Culture, IReadOnlyList<ReportBlock> Blocks)
{
    public IReadOnlySet<long> StoryIds { get; init; } = new HashSet<long>();

    /// <summary>The footer line beside the page number: "ImpactDashboard · {title}".</summary>
    public string FooterText => $"ImpactDashboard · {Title}";
}
