using Dashboard.Cli;
using Dashboard.Data;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation;
using Dashboard.Data.Installation.Demo;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Administration.Audit;

/// <summary>
/// Every action the pages and the command line both do — each import kind, a replace, a refused file, an undo and a
/// refused one, an erasure and a refused one, removing the demo sector — leaves the same audit line from either: the
/// same action, wording, values and text; only who did it differs. The page side calls the services as the pages do,
/// with a signed-in administrator and an uploaded file under its own name.
/// </summary>
public sealed class WebAndCommandLineEntriesTests : IDisposable
{
    private readonly TestInstallation _web = new();
    private readonly TestInstallation _cli = new();
    private readonly ServiceProvider _core;

    public WebAndCommandLineEntriesTests() =>
        _core = new ServiceCollection().AddImpactCore(new InstallationFiles(_web.Database.Path, _web.KeyFile), ImportLimits.Default, _web.Clock)
            .BuildServiceProvider();

    private static readonly Actor Beheerder = Actors.Beheerder("anna");

    private static readonly (ImportKind Kind, string Name, string Content, bool Replace)[] Files =
    [
        (ImportKind.Winkels, "winkels.csv", StandardStores.File, false),
        (ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(TrajectoryRow.Number(1), TrajectoryRow.Number(2), TrajectoryRow.Number(3)), false),
        (ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow(), new CertificateRow { Participant = "A-002" }), false),
        (ImportKind.Verkopen, "verkopen.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31))), false),
        (ImportKind.Verkopen, "verkopen-gecorrigeerd.csv", SaleRow.File(SaleRow.Days("AAN", "WINKEL", new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), variant: 1)), true),
        (ImportKind.Deelnemers, "deelnemers-volledig.csv", TrajectoryRow.File(TrajectoryRow.Number(1), TrajectoryRow.Number(2)), true),
        (ImportKind.Verkopen, "verkopen-fout.csv", SaleRow.File(new SaleRow { Revenue = "12.50.0" }), false),
    ];

    private void Web()
    {
        var imports = _core.GetRequiredService<ImportService>();
        foreach (var (kind, name, content, replace) in Files)
        {
            // An upload is kept under a name of the app's own; the user knows it by theirs.
            var upload = _web.WriteFile($"upload-{Guid.NewGuid():N}.tmp", content);
            imports.Import(Beheerder, new ImportRequest(kind, upload, name, replace));
        }
        imports.Undo(Beheerder, 5);
        imports.Undo(Beheerder, 5);
        imports.Undo(Beheerder, 99);
        var erasure = _core.GetRequiredService<ErasureService>();
        erasure.Erase(Beheerder, StandardStores.AanDeMaas, "A-001");
        erasure.Erase(Beheerder, StandardStores.AanDeMaas, "A-001");
        _web.Query<long>("UPDATE organisations SET is_demo = 1 WHERE name = 'Kringloop Zwolle' RETURNING id");
        _core.GetRequiredService<DemoService>().Remove(Beheerder);
    }

    private void CommandLine()
    {
        foreach (var (kind, name, content, replace) in Files)
        {
            string[] import = ["import", kind.Name(), _cli.WriteFile(name, content)];
            Run(replace ? [.. import, "--replace"] : import);
        }
        Run("undo", "5");
        Run("undo", "5");
        Run("undo", "99");
        Run("erase", "--org", StandardStores.AanDeMaas, "--participant", "A-001");
        Run("erase", "--org", StandardStores.AanDeMaas, "--participant", "A-001");
        _cli.Query<long>("UPDATE organisations SET is_demo = 1 WHERE name = 'Kringloop Zwolle' RETURNING id");
        Run("demo", "--remove");
    }

    private void Run(params string[] args) => Dashboard.Cli.CommandLine.Run([.. args, "--db", _cli.Database.Path], new StringWriter(), new StringWriter(), _cli.Clock);

    private static IReadOnlyList<AuditEntry> Entries(TestInstallation install) =>
        new AuditLog(install.Database, install.Clock).Read(new AuditQuery { Take = 100 }).Reverse().ToList();

    private static object What(AuditEntry entry) =>
        (entry.Action, entry.Wording?.Key, string.Join("; ", entry.Parameters!.Select(p => $"{p.Key}={p.Value}")), entry.Subject, entry.Outcome);

    [Fact]
    public void Each_action_leaves_the_same_line_from_the_pages_and_from_the_command_line_but_for_who()
    {
        Web();
        CommandLine();

        var (web, cli) = (Entries(_web), Entries(_cli));
        Assert.Equal(13, web.Count);
        Assert.Equal(web.Select(What), cli.Select(What));
        Assert.All(web, e => Assert.Equal("anna", e.UserName));
        Assert.All(cli, e => Assert.Equal(Actor.CommandLineName, e.UserName));
        Assert.Equal(
        [
            "import.gelukt", "import.gelukt", "import.gelukt", "import.gelukt", "import.vervangt.gelukt", "import.vervangt.gelukt", "import.geweigerd",
            "importongedaan.gelukt", "importongedaan.geweigerd", "importongedaan.onbekend", "wissen.gelukt", "wissen.geweigerd", "demodata.verwijderd",
        ], web.Select(e => e.Wording!.Key));
        Assert.Equal("import 5 · verkopen-gecorrigeerd.csv", web[7].Subject);
    }

    [Fact]
    public void The_import_history_names_the_command_line_as_the_audit_log_does()
    {
        Web();
        CommandLine();

        Assert.Equal(["anna"], _web.Rows("SELECT DISTINCT imported_by FROM import_batches", r => r.GetString(0)));
        Assert.Equal([Actor.CommandLineName], _cli.Rows("SELECT DISTINCT imported_by FROM import_batches", r => r.GetString(0)));
    }

    public void Dispose()
    {
        _core.Dispose();
        _web.Dispose();
        _cli.Dispose();
    }
}
