using Dashboard.Cli;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports;
using Dashboard.Data.Storage;
using Dashboard.Tests.Installation.Demo;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>`backup` and `restore`: what a nightly job and an operator see, the exit codes, and the audit log's lines.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly TemporaryFolder _backups = new();

    public BackupCommandTests() =>
        _install.ImportOk(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(Enumerable.Range(1, 3).Select(TrajectoryRow.Number)));

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. args, "--db", _install.Database.Path], output, error, _install.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    private AuditEntry LastAudit() => new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery { Take = 1 }).Single();

    [Fact]
    public void Backup_prints_where_and_what_it_wrote_exits_0_and_is_audited()
    {
        var folder = _backups.Sub("nacht");

        var (exit, output, error) = Run("backup", "--out", folder);

        Assert.Equal(0, exit);
        var version = $"schemaversie {Database.SchemaVersion}";
        Assert.Equal($"Back-up geschreven in {folder}: {version}, ", output[..(output.IndexOf(version, StringComparison.Ordinal) + version.Length + 2)]);
        Assert.Contains("met het sleutelbestand", output);
        Assert.Equal("", error);
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        var audit = LastAudit();
        Assert.Equal((AuditLog.Operator, AuditAction.Reservekopie, folder), (audit.UserName, audit.Action, audit.Subject));
        Assert.StartsWith($"gelukt: {version}", audit.Outcome);
    }

    [Fact]
    public void Backup_into_a_folder_with_files_exits_1_with_the_reason()
    {
        var folder = _backups.Sub("vol");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "oud.txt"), "");

        var (exit, output, error) = Run("backup", "--out", folder);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("bestaat al en is niet leeg", error);
        Assert.StartsWith("geweigerd: ", LastAudit().Outcome);
    }

    [Fact]
    public void Restore_puts_the_backup_back_says_where_the_replaced_files_are_and_audits_it_in_the_restored_database()
    {
        var folder = _backups.Sub("nacht");
        Run("backup", "--out", folder);
        _install.ImportOk(ImportKind.Deelnemers, "later.csv", TrajectoryRow.File(Enumerable.Range(4, 2).Select(TrajectoryRow.Number)));

        var (exit, output, error) = Run("restore", "--from", folder);

        Assert.Equal(0, exit);
        Assert.Contains("De back-up van 15-11-2026 12:00 is teruggezet; de vervangen bestanden staan in ", output);
        Assert.Contains("vervangen-2026-11-15T120000", output);
        Assert.Contains("Start de server nu (opnieuw).", output);
        Assert.Equal("", error);
        Assert.Equal(3, _install.Count("trajectories"));
        var audit = LastAudit();
        Assert.Equal((AuditAction.Herstel, folder), (audit.Action, audit.Subject));
        Assert.StartsWith("gelukt: back-up van 15-11-2026 12:00; de vervangen bestanden staan in", audit.Outcome);
    }

    [Fact]
    public void Restore_of_a_damaged_backup_exits_1_says_nothing_changed_and_audits_the_refusal()
    {
        var folder = _backups.Sub("nacht");
        Run("backup", "--out", folder);
        File.AppendAllText(Path.Combine(folder, "impact.db"), "x");

        var (exit, output, error) = Run("restore", "--from", folder);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("'impact.db' in de back-up is veranderd of beschadigd", error);
        Assert.Contains("Er is niets veranderd.", error);
        Assert.StartsWith("geweigerd, niets veranderd: ", LastAudit().Outcome);
        Assert.Empty(Directory.EnumerateDirectories(_install.Folder, "vervangen-*"));
    }

    [Theory]
    [InlineData("backup")]
    [InlineData("backup", "map")]
    [InlineData("backup", "--out")]
    [InlineData("restore")]
    [InlineData("restore", "--from", "map", "--replace")]
    public void Wrong_usage_exits_2_with_the_usage_text(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(2, exit);
        Assert.Contains("Gebruik:", error);
        Assert.Contains("restore --from <map>", error);
    }

    public void Dispose()
    {
        _install.Dispose();
        _backups.Dispose();
    }
}
