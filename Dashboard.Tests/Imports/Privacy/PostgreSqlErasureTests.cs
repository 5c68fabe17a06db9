using System.Text;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>
/// Erasure on request on PostgreSQL (docs/privacy-en-toegang.md#wissen-op-verzoek, docs/installatie-en-beheer.md#postgresql):
/// the participant's trajectories, certificates and record key go in one transaction, the tables are vacuumed so their old
/// row versions go too, and the answer says so — or says why the vacuum could not run.
/// <para>They run alone: VACUUM FULL keeps every row version a backend of the server might still see, and a backend that is
/// still starting belongs to no database yet, so the other test classes' connections coming and going (each in a database
/// of its own) could keep the erased rows in the files for a moment.</para>
/// </summary>
[Collection(AlonePostgreSqlCollection.Name)]
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
        var pseudonym = Pseudonym();
        var others = Install.Count("trajectories") - Rows("trajectories", pseudonym);
        Assert.True(Rows("trajectories", pseudonym) > 0);

        var outcome = new ParticipantErasure(Install.Database, Install.KeyFile).Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.DoesNotContain("Let op", outcome.Message, StringComparison.Ordinal); // the vacuum ran
        Assert.Equal((0, 0, 0), (Rows("trajectories", pseudonym), Rows("certificates", pseudonym), Rows("participants", pseudonym)));
        Assert.Equal(others, Install.Count("trajectories"));
        // That no old version is left is checked in the files themselves (below): the statistics' dead-row counts arrive
        // asynchronously and may count the delete after the rewrite.
    }

    [PostgreSqlFact]
    public void No_table_or_index_file_holds_the_erased_pseudonym_afterwards()
    {
        var pseudonym = Encoding.UTF8.GetBytes(Pseudonym());
        Assert.True(FilesHolding(pseudonym) > 0, "before erasure the pseudonym is in the files (else this test proves nothing)");

        var outcome = new ParticipantErasure(Install.Database, Install.KeyFile).Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.DoesNotContain("Let op", outcome.Message, StringComparison.Ordinal); // the rewrite ran; else the message says why
        Assert.Equal(0, FilesHolding(pseudonym));
    }

    [PostgreSqlFact]
    public void A_read_that_began_before_the_erasure_is_waited_for_and_else_named()
    {
        using var reader = Install.Database.Open();
        using var longRead = reader.BeginRead();
        Assert.True(reader.Scalar<long>("SELECT COUNT(*) FROM trajectories", longRead) > 0); // its snapshot is taken

        var outcome = new ParticipantErasure(Install.Database, Install.KeyFile) { SnapshotWait = TimeSpan.FromSeconds(1) }
            .Erase(StandardStores.AanDeMaas, ErasureSector.Erased);

        Assert.True(outcome.Succeeded, outcome.Message);
        Assert.Contains("Let op: de database kon daarna niet helemaal worden opgeschoond", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("1 verbinding las nog gegevens van vóór het wissen", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("VACUUM FULL certificates, follow_ups, trajectories, participants", outcome.Message, StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public void No_sample_pseudonyms_are_kept_in_the_column_statistics()
    {
        using (var connection = Install.Database.Open())
        {
            connection.Execute("ANALYZE trajectories, certificates, participants");
        }

        Assert.True(Install.Query<long>("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'trajectories'") > 0, "the tables were analysed");
        Assert.Equal(0, Install.Query<long>(
            "SELECT COUNT(*) FROM pg_stats WHERE tablename IN ('trajectories', 'certificates', 'participants') AND attname = 'participant'"));
    }

    private string Pseudonym()
    {
        var organisation = Install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        return ParticipantKey.Load(Install.KeyFile)!.Pseudonymize(organisation, ErasureSector.Erased);
    }

    /// <summary>
    /// How many of the files of the erased tables and their indexes hold <paramref name="bytes"/>, after a checkpoint has
    /// written every page out (the test server's user is a superuser, and the tests run as a user that may read its files).
    /// </summary>
    private int FilesHolding(byte[] bytes)
    {
        using (var connection = Install.Database.Open())
        {
            connection.Execute("CHECKPOINT");
        }
        var dataDirectory = Install.Query<string>("SELECT current_setting('data_directory')");
        var files = Install.Lines(
            """
            SELECT pg_relation_filepath(c.oid) FROM pg_class c
            WHERE c.oid IN (SELECT oid FROM pg_class WHERE relname IN ('trajectories', 'certificates', 'participants') AND relkind = 'r')
               OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN
                            (SELECT oid FROM pg_class WHERE relname IN ('trajectories', 'certificates', 'participants') AND relkind = 'r'))
            """);
        Assert.True(files.Count >= 6, "the three tables and their indexes");
        return files
            // The relation's own files only: its segments (n, n.1, …) and forks (n_fsm, n_vm), never another relation whose number starts the same.
            .SelectMany(f => Directory.GetFiles(Path.GetDirectoryName(Path.Combine(dataDirectory, f))!, Path.GetFileName(f) + "*")
                .Where(path => Path.GetFileName(path) is var name && (name == Path.GetFileName(f) || name[Path.GetFileName(f).Length] is '.' or '_')))
            .Count(path => File.ReadAllBytes(path).AsSpan().IndexOf(bytes) >= 0);
    }

    public void Dispose() => _install?.Dispose();
}

/// <summary>Test classes that must not share the PostgreSQL server with others while they run.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AlonePostgreSqlCollection
{
    public const string Name = "PostgreSQL alone";
}
