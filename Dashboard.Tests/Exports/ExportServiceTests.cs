using System.Text;
using Dashboard.Data;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Exports;
using Dashboard.Data.Exports.Charts;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Exports;

/// <summary>
/// The export service decides what an actor gets, whatever the caller asks: the filter within a signed-in actor's
/// scope, protected figures for everyone signed in, exact ones only for the command line that asks — and one audit line.
/// </summary>
public sealed class ExportServiceTests : IDisposable
{
    private readonly TestInstallation _install = new();
    private readonly ServiceProvider _core;
    private readonly long _aanDeMaas;

    public ExportServiceTests()
    {
        _install.Import(ImportKind.Winkels, "winkels.csv", StandardStores.File);
        // Two participants at Aan de Maas: a count a protected viewer sees as <5.
        _install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(TrajectoryRow.Number(1), TrajectoryRow.Number(2)));
        _aanDeMaas = _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        _core = new ServiceCollection().AddImpactCore(new InstallationFiles(_install.Database.Path, _install.KeyFile), ImportLimits.Default, _install.Clock)
            .BuildServiceProvider();
    }

    private ExportService Exports => _core.GetRequiredService<ExportService>();

    private static ExportOrder Order(string organisation, bool exact) =>
        new(ExportView.Overzicht, new NamedFilter { Organisations = [organisation], Period = new Period(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) },
            TestInstallation.Today) { Exact = exact };

    /// <summary>P1 of the whole selection, as the CSV gives it.</summary>
    private string ActiveParticipants(Actor actor, bool exact)
    {
        var file = Exports.Export(actor, "test", ExportFormat.Csv, Order(StandardStores.AanDeMaas, exact), ChartSize.Screen, CsvDialect.DutchExcel);
        var total = Encoding.UTF8.GetString(file.Bytes).Split('\n').Single(line => line.StartsWith("Alle praktijken in de selectie;", StringComparison.Ordinal));
        return total.Split(';')[1];
    }

    [Fact]
    public void A_signed_in_actor_gets_protected_figures_even_when_the_order_asks_exact_ones()
    {
        Assert.Equal("<5", ActiveParticipants(Actors.Communicatie(_aanDeMaas), exact: true));
        Assert.Equal("<5", ActiveParticipants(Actors.Beheerder(), exact: true));
    }

    [Fact]
    public void Only_the_command_line_gets_exact_figures_and_only_when_it_asks()
    {
        Assert.Equal("2", ActiveParticipants(Actor.CommandLine, exact: true));
        Assert.Equal("<5", ActiveParticipants(Actor.CommandLine, exact: false));
    }

    [Fact]
    public void Another_organisation_is_refused_whatever_the_caller_builds_and_the_refusal_is_audited()
    {
        var communicatie = Actors.Communicatie(_aanDeMaas, "carla");

        var denied = Assert.Throws<AccessDeniedException>(() =>
            Exports.Export(communicatie, "/export/overzicht.csv?org=Kringloop+Zwolle", ExportFormat.Csv, Order(StandardStores.Zwolle, exact: true),
                ChartSize.Screen, CsvDialect.DutchExcel));

        Assert.StartsWith(ActionRights.OutsideScope, denied.Message, StringComparison.Ordinal);
        var line = Assert.Single(new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery { Action = AuditAction.Export }));
        Assert.Equal(("carla", AuditWordings.ExportOutsideScope.Key), (line.UserName, line.Wording!.Key));
    }

    [Fact]
    public void An_export_on_the_command_line_is_audited_as_the_command_line_with_its_words_and_file()
    {
        var output = Path.Combine(_install.Folder, "overzicht.xlsx");

        var exit = Dashboard.Cli.CommandLine.Run(["export", "xlsx", "--view", "overzicht", "--out", output, "--db", _install.Database.Path],
            new StringWriter(), new StringWriter(), _install.Clock);

        Assert.Equal(0, exit);
        var line = Assert.Single(new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery { Action = AuditAction.Export }));
        Assert.Equal((Actor.CommandLineName, AuditWordings.Exported.Key), (line.UserName, line.Wording!.Key));
        Assert.Contains("export xlsx --view overzicht", line.Subject, StringComparison.Ordinal);
        Assert.Contains(".xlsx", line.Outcome, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _core.Dispose();
        _install.Dispose();
    }
}
