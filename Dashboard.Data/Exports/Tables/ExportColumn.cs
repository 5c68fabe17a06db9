namespace Dashboard.Data.Exports.Tables;

/// <summary>A column of an exported table: its header, whether it holds numbers, their unit and how many decimals they show.</summary>
public sealed record ExportColumn(string Header, bool Numeric = false, string? Unit = null, int Decimals = 0)
{
    /// <summary>The header with its unit, as a spreadsheet's column title: "Omzet (€)".</summary>
    public string Title => Unit is { Length: > 0 } unit ? $"{Header} ({unit})" : Header;
}
