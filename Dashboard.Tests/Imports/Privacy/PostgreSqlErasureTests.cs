using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>
/// Erasure on request on PostgreSQL (docs/privacy-en-toegang.md#wissen-op-verzoek, docs/installatie-en-beheer.md#postgresql):
/// the participant's trajectories, certificates and record key go in one transaction, the tables are vacuumed so their old
/// row versions go too, and the answer says so — or says why the vacuum could not run.
/// </summary>
public sealed class PostgreSqlErasureTests : IDisposable
{
    private readonly TestInstallation? _install;

    public PostgreSqlErasureTests()
    {
        if (TestPostgreSql.SkipReason is null)
        {
            _install = new TestInstallation(provider: DatabaseProvider.PostgreSql);
            ErasureSector.Import(_install);
        }
    }

    private TestInstallation Install => _install!;

    private long Rows(string table, string pseudonym) => Install.Query<long>($"SELECT COUNT(*) FROM {table} WHERE participant = '{pseudonym}'");

    [PostgreSqlFact]
    public void The_participant_goes_from_every_table_and_the_tables_are_vacuumed()
    {
        var organisation = Install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        var pseudonym = ParticipantKey.Load(Install.KeyFile)!.Pseudonymize(organisation, ErasureSector.Erased);
        var others = Install.Count("trajectories") - Rows("trajectories", pseudonym);
        Assert.True(Rows("trajectories", pseudonym) > 0);

        var outcome = new ParticipantErasure(Install.Database, Install.KeyFile).Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.DoesNotContain("Let op", outcome.Message, StringComparison.Ordinal); // the vacuum ran
        Assert.Equal((0, 0, 0), (Rows("trajectories", pseudonym), Rows("certificates", pseudonym), Rows("participants", pseudonym)));
        Assert.Equal(others, Install.Count("trajectories"));
        Assert.Equal(0, Install.Query<long>(
            "SELECT COALESCE(SUM(n_dead_tup), 0) FROM pg_stat_user_tables WHERE relname IN ('trajectories', 'certificates', 'participants')"));
    }

    public void Dispose() => _install?.Dispose();
}
