namespace Dashboard.Data.Imports.Reading;

/// <summary>A spreadsheet's column letters: "A" is column 0, "XFD" (Excel's last) column 16,383.</summary>
public static class ColumnLetters
{
    public static string Name(int index)
    {
        Span<char> letters = stackalloc char[3];
        var start = letters.Length;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters[--start] = (char)('A' + (n - 1) % 26);
        }
        return new string(letters[start..]);
    }

    /// <summary>
    /// The column of a cell reference ("AB12" → 27), or false when its letters lie beyond Excel's last column XFD (or
    /// there are none). At most four letters are looked at, so a reference of any length costs nothing.
    /// </summary>
    public static bool TryIndex(ReadOnlySpan<char> reference, out int index)
    {
        index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            if (++letters > 3)
            {
                return false;
            }
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        index--;
        return letters > 0 && index < ImportLimits.ExcelColumns;
    }
}
