namespace Dashboard.Data.Exports.Reports;

/// <summary>Writes a <see cref="FunderReport"/> as Word (.docx) — being built.</summary>
public static class ReportWord
{
    public static byte[] Write(FunderReport report) => throw new NotImplementedException();
}
