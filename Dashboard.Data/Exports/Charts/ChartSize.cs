namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// The pixel sizes a chart is exported at (docs/weergave-en-export.md#png-en-svg). Every size is the screen layout of 1200 × 675 scaled up — text,
/// lines and gaps alike — so the larger ones look like the screen version, only sharper.
/// </summary>
public sealed class ChartSize
{
    /// <summary>1200 × 675: for a web page or a slide.</summary>
    public static readonly ChartSize Screen = new("scherm", 1200, 675, null);

    /// <summary>2400 × 1350: the screen version for high-density displays.</summary>
    public static readonly ChartSize Double = new("2x", 2400, 1350, null);

    /// <summary>2480 × 1395: the width of an A4 page at 300 dpi, for print; the PNG says so.</summary>
    public static readonly ChartSize Print = new("print", 2480, 1395, 300);

    public static IReadOnlyList<ChartSize> All { get; } = [Screen, Double, Print];

    private ChartSize(string name, int width, int height, int? dpi) => (Name, Width, Height, Dpi) = (name, width, height, dpi);

    /// <summary>A short name for file names and links: "scherm", "2x", "print".</summary>
    public string Name { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The density written into the PNG, where the size is meant for paper.</summary>
    public int? Dpi { get; }

    /// <summary>How many pixels of this size one pixel of the screen layout becomes.</summary>
    internal float Scale => Width / (float)Screen.Width;

    public override string ToString() => $"{Name} ({Width}×{Height})";
}
