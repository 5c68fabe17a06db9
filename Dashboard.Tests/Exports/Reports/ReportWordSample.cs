using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Exports.Reports;
using Dashboard.Tests.Exports.Charts;

namespace Dashboard.Tests.Exports.Reports;

/// <summary>A funder report with every kind of block, shaped as a builder would make one, for the Word writer's tests.</summary>
public static class ReportWordSample
{
    public const string Title = "Kringloop Aan de Maas";
    public const string Subject = "Impactrapportage 2025";
    public const string Appendix = "Bijlage: cijfers per winkel";

    private static readonly Lazy<(byte[] Png, int Width, int Height)> Chart = new(() =>
    {
        var png = ChartExport.Png(SampleCharts.BarWithHiddenAndMedian(), ChartSize.Screen, Language.Dutch);
        var (width, height) = PngFile.Size(png);
        return (png, width, height);
    });

    public static byte[] ChartPng => Chart.Value.Png;

    public static FunderReport Report(CultureInfo? culture = null) => new(Title, Subject, culture ?? Language.Dutch, Blocks());

    public static ReportPicture Picture(string description) => new(Chart.Value.Png, Chart.Value.Width, Chart.Value.Height, description);

    public static readonly ReportTable Participants = new(
        ["Winkel", "Deelnemers", "Uitstroom naar werk"],
        [
            ["Zwolle Noord", "1.250", "63,7%"],
            ["Aan de Maas Centrum", "864", "41,2%"],
            ["Aan de Maas Blerick", "<5", "afgeschermd"],
        ],
        [false, true, true],
        [3, 1, 1.5]);

    /// <summary>A table long enough to run over a page: its header row must repeat.</summary>
    public static readonly ReportTable PerStore = new(
        ["Winkel", "Praktijk", "Deelnemers", "Uren"],
        Enumerable.Range(1, 60).Select(i => (IReadOnlyList<string>)[$"Winkel {i}", i % 2 == 0 ? "Fietswerkplaats" : "Restaurant De Pan", $"{i * 7}", (i * 131).ToString("N0", Language.Dutch)]).ToList(),
        [false, false, true, true],
        [2, 2, 1, 1]);

    private static IReadOnlyList<ReportBlock> Blocks() =>
    [
        new ReportCover("Impactrapportage", Title, "Werk en meedoen · 1 januari – 31 december 2025",
            ["Gemaakt op 15 januari 2026", "Gegevens tot en met 31 december 2025", "Door ImpactDashboard"]),
        new ReportHeading(1, "Samenvatting"),
        new ReportParagraph("In 2025 deden 2.114 mensen mee in onze winkels. 63,7% van wie uitstroomde, vond betaald werk."),
        new ReportBullets(["1.250 deelnemers in Zwolle Noord", "864 deelnemers aan de Maas", "Eén winkel afgeschermd: minder dan 5 deelnemers"]),
        new ReportHeading(2, "Deelnemers"),
        Picture("Staafdiagram: actieve deelnemers per winkel in 2025; Zwolle Noord 1.250, Aan de Maas Centrum 864, Venlo Zuid 312."),
        new ReportParagraph("Bron: ImpactDashboard · gegevens t/m 31-12-2025. Een winkel met minder dan 5 deelnemers is afgeschermd.", ReportTone.Note),
        new ReportHeading(3, "Per winkel"),
        Participants,
        new ReportParagraph("Ik kom hier elke dag graag.\nHet werk geeft me rust.", ReportTone.Quote),
        new ReportPageBreak(),
        new ReportHeading(1, Appendix),
        PerStore,
    ];
}
