using Dashboard.Data.Imports;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports;

/// <summary>
/// Files as real spreadsheet programs write them (made with LibreOffice Calc in Dutch, kept in Fixtures/):
/// their XML dialect and CSV quirks differ from what the test writers produce.
/// </summary>
public sealed class RealWorldFileTests : IDisposable
{
    private readonly TestInstallation _install = new();

    public RealWorldFileTests() =>
        ImportAssert.Succeeded(_install.Import(ImportKind.Winkels, Path.Combine(Repository.SeedData, "winkels.csv")));

    [Fact]
    public void A_libreoffice_workbook_with_date_cells_and_explicit_number_types_imports()
    {
        var outcome = _install.Import(ImportKind.Verkopen, Repository.Fixture("libreoffice-verkopen.xlsx"));

        ImportAssert.Succeeded(outcome);
        Assert.Equal(20, outcome.Summary!.Rows);
        Assert.Equal("2023-01-02", _install.Query<string>("SELECT MIN(sale_date) FROM sales"));
        Assert.Equal(96539, _install.Query<long>(
            "SELECT revenue_cents FROM sales WHERE category = 'kleding_textiel' ORDER BY id LIMIT 1"));
        SalesMonthlyCheck.AssertMatchesSales(_install);
    }

    [Fact]
    public void A_libreoffice_semicolon_csv_export_imports()
    {
        ImportAssert.Succeeded(_install.Import(ImportKind.Deelnemers, Path.Combine(Repository.SeedData, "deelnemers.csv")));

        var outcome = _install.Import(ImportKind.Certificaten, Repository.Fixture("libreoffice-certificaten.csv"));

        ImportAssert.Succeeded(outcome);
        Assert.Equal(19, _install.Count("certificates"));
    }

    public void Dispose() => _install.Dispose();
}
