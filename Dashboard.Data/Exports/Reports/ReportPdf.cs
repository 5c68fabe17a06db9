namespace Dashboard.Data.Exports.Reports;

/// <summary>Writes a <see cref="FunderReport"/> as PDF — being built.</summary>
public static class ReportPdf
{
    public static byte[] Write(FunderReport report) => throw new NotImplementedException();
}
