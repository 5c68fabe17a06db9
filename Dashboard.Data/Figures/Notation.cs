namespace Dashboard.Data.Figures;

/// <summary>How a figure's number reads on screen and in words (see <see cref="Explaining.FigureFormat"/>).</summary>
public enum Notation
{
    /// <summary>Just the number: "1.234", "12,5".</summary>
    Number,

    /// <summary>A percentage: "23,4%".</summary>
    Percent,

    /// <summary>Euros: "€ 1.234".</summary>
    Euro,
}
