using Dashboard.Cli;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Tests.Imports.Privacy;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Cli;

/// <summary>`erase --org --participant`: the operator's erasure on request, its messages, exit codes and audit line.</summary>
public sealed class EraseCommandTests : IDisposable
{
    private readonly TestInstallation _install = new();

    public EraseCommandTests() => ErasureSector.Import(_install);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run([.. args, "--db", _install.Database.Path], output, error, _install.Clock);
        return (exit, output.ToString(), error.ToString());
    }

    private long Rows(string organisation) => _install.Query<long>(
        $"SELECT COUNT(*) FROM trajectories WHERE organisation_id = (SELECT id FROM organisations WHERE name = '{organisation}') " +
        $"AND participant = '{Pseudonym(organisation)}'");

    private string Pseudonym(string organisation) => ParticipantKey.Load(_install.KeyFile)!.Pseudonymize(
        _install.Query<long>($"SELECT id FROM organisations WHERE name = '{organisation}'"), ErasureSector.Erased);

    private IReadOnlyList<AuditEntry> Audit() => new AuditLog(_install.Database, _install.Clock).Read(new AuditQuery { Action = AuditAction.Wissen });

    [Fact]
    public void Erases_prints_what_went_exits_0_and_audits_as_the_operator_without_the_code()
    {
        var (exit, output, error) = Run("erase", "--org", StandardStores.AanDeMaas, "--participant", ErasureSector.Erased);

        Assert.Equal(0, exit);
        Assert.Equal("De deelnemer is gewist bij Kringloop Aan de Maas: 2 trajecten en 2 certificaten verwijderd. Alle cijfers zijn zonder deze deelnemer herberekend.",
            output.TrimEnd());
        Assert.Equal("", error);
        Assert.Equal(0, Rows(StandardStores.AanDeMaas));
        Assert.Equal(1, Rows(StandardStores.Zwolle));
        var entry = Assert.Single(Audit());
        Assert.Equal((AuditLog.Operator, "deelnemer · Kringloop Aan de Maas", "gelukt: 2 trajecten en 2 certificaten gewist"),
            (entry.UserName, entry.Subject, entry.Outcome));
        var log = string.Join("\n", _install.Lines("SELECT * FROM audit_log"));
        Assert.DoesNotContain(ErasureSector.Erased, log);
        Assert.DoesNotContain(Pseudonym(StandardStores.AanDeMaas)[..8], log);
    }

    [Theory]
    [InlineData(StandardStores.AanDeMaas, "B-999", "Geen deelnemer met deze code bij Kringloop Aan de Maas. Er is niets gewist.")]
    [InlineData("Kringloop Nergens", ErasureSector.Erased, "Er is geen organisatie 'Kringloop Nergens'. Er is niets gewist.")]
    public void A_refusal_goes_to_standard_error_exits_1_changes_nothing_and_is_audited(string organisation, string code, string message)
    {
        var before = _install.Snapshot();

        var (exit, output, error) = Run("erase", "--org", organisation, "--participant", code);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(message, error.TrimEnd());
        Assert.Equal(before.Where(l => !l.StartsWith("audit_log", StringComparison.Ordinal)), _install.Snapshot().Where(l => !l.StartsWith("audit_log", StringComparison.Ordinal)));
        Assert.Equal("geweigerd: " + message, Assert.Single(Audit()).Outcome);
    }

    [Fact]
    public void Without_the_key_file_it_refuses_with_exit_1()
    {
        File.Delete(_install.KeyFile);

        var (exit, _, error) = Run("erase", "--org", StandardStores.AanDeMaas, "--participant", ErasureSector.Erased);

        Assert.Equal(1, exit);
        Assert.Contains("Het sleutelbestand voor deelnemerscodes ontbreekt", error);
        Assert.Contains("Er is niets gewist.", error);
    }

    [Theory]
    [InlineData("erase heeft --participant <code> nodig.", "--org", StandardStores.AanDeMaas)]
    [InlineData("erase heeft --org <naam> nodig.", "--participant", ErasureSector.Erased)]
    [InlineData("erase heeft alleen --org <naam> en --participant <code> nodig.", ErasureSector.Erased, "--org", StandardStores.AanDeMaas)]
    [InlineData("--participant heeft een waarde nodig.", "--org", StandardStores.AanDeMaas, "--participant")]
    public void Wrong_usage_exits_2_with_the_usage_text_and_erases_nothing(string message, params string[] args)
    {
        var before = _install.Count("trajectories");

        var (exit, output, error) = Run(["erase", .. args]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith(message, error);
        Assert.Contains("-- erase --org <naam> --participant <code> [--db <pad>]", error);
        Assert.Equal(before, _install.Count("trajectories"));
        Assert.Empty(Audit());
    }

    public void Dispose() => _install.Dispose();
}
