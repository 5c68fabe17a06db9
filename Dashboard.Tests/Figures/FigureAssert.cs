using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Results;

namespace Dashboard.Tests.Figures;

/// <summary>Assertions on one figure as a user sees it: its value, "geen gegevens", "n.v.t." or hidden.</summary>
public static class FigureAssert
{
    public static void Value(decimal expected, IndicatorGroup group, IndicatorCode code)
    {
        var figure = group[code];
        Assert.True(figure.Status == FigureStatus.Ok, $"{code} in group {group.Key}: expected the value {expected}, got {figure.Status}");
        Assert.True(figure.Value == expected, $"{code} in group {group.Key}: expected {expected}, got {figure.Value}");
    }

    public static void Status(FigureStatus expected, IndicatorGroup group, IndicatorCode code)
    {
        var figure = group[code];
        Assert.True(figure.Status == expected, $"{code} in group {group.Key}: expected {expected}, got {figure.Status} ({figure.Value})");
        if (expected != FigureStatus.Ok)
        {
            // What is not shown must not be handed out either: an export or page could leak it.
            Assert.Null(figure.Value);
        }
    }

    public static void Hidden(IndicatorGroup group, IndicatorCode code) => Status(FigureStatus.Hidden, group, code);

    public static void Shown(IndicatorGroup group, IndicatorCode code) => Status(FigureStatus.Ok, group, code);

    /// <summary>Every group's figure of <paramref name="code"/>, in display order: its value, or "hidden", "geen gegevens", "n.v.t.".</summary>
    public static IReadOnlyList<string> Column(IEnumerable<IndicatorGroup> groups, IndicatorCode code) =>
        groups.Select(g => Text(g[code])).ToList();

    public static string Text(Figure figure) => figure.Status switch
    {
        FigureStatus.Ok => figure.Value!.Value.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture),
        FigureStatus.Hidden => "hidden",
        FigureStatus.NoData => "geen gegevens",
        _ => "n.v.t.",
    };
}
