namespace Dashboard.Data.Exports.Charts;

/// <summary>
/// How the category names are set on their axis: each name in one or more lines, straight or turned by
/// <see cref="Angle"/> degrees, every <see cref="Stride"/>th one when there is no room for all; <see cref="Depth"/>
/// is the room taken away from the plot (a height below it, or a width beside it).
/// </summary>
internal sealed record CategoryLabelLayout(IReadOnlyList<IReadOnlyList<string>> Lines, float Angle, int Stride, float Depth);
