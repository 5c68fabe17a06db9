using System.Globalization;

namespace Dashboard.Data.Imports;

/// <summary>
/// A text of <see cref="ImportTexts"/> with its arguments, told in the culture of whoever reads it: a refusal is thrown
/// deep in a reader that knows no reader's culture. An argument that is itself an <see cref="ImportText"/> is told in
/// the same culture, and a list of them as a comma-separated list.
/// </summary>
public sealed record ImportText(string Key, params object?[] Arguments)
{
    /// <summary>A count with its noun: <paramref name="key"/>.One for 1 ("1 rij"), <paramref name="key"/>.Many otherwise.</summary>
    public static ImportText Count(string key, long count) => new(key + (count == 1 ? ".One" : ".Many"), count);

    public string In(CultureInfo culture) =>
        ImportTexts.Format(Key, culture, [.. Arguments.Select(a => a switch
        {
            ImportText part => part.In(culture),
            IEnumerable<ImportText> parts => string.Join(", ", parts.Select(p => p.In(culture))),
            _ => a,
        })]);
}
