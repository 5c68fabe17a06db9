namespace Dashboard.Data.Exports.Tables;

/// <summary>A column of an exported table: its header, whether it holds numbers, their unit and how many decimals they show.</summary>
public sealed record ExportColumn(string Header, bool Numeric = false, string? Unit = null, int Decimals = 0)
{
    /// <summary>The header with its unit, as a spreadsheet's column title: "Omzet (€)".</summary>
    public string Title => WithUnit(Header, Unit);

    /// <summary>
    /// "Omzet (€)": the text with its unit in brackets, unless it names that unit already ("Respons nameting 6 maanden (%)").
    /// </summary>
    public static string WithUnit(string text, string? unit) =>
        unit is not { Length: > 0 } || text.EndsWith($"({unit})", StringComparison.Ordinal) ? text : $"{text} ({unit})";
}
