using System.Security.Cryptography;
using System.Text;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>docs/privacy-en-toegang.md#deelnemerscodes: participant codes are stored only as a keyed hash, with a key file outside the database.</summary>
public class ParticipantKeyTests
{
    private const string Code = "PQ-4711";

    private static ImportOutcome ImportTrajectory(TestInstallation install, TrajectoryRow? row = null) =>
        install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(row ?? new TrajectoryRow { Participant = Code }));

    private static string Fingerprint(TestInstallation install) =>
        install.Query<string>("SELECT value FROM meta WHERE key = 'participant_key_fingerprint'");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_stored_participant_is_a_keyed_hash_not_the_code(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        ImportAssert.Succeeded(install.Import(ImportKind.Certificaten, "certificaten.csv", CertificateRow.File(new CertificateRow { Participant = Code })));

        var stored = install.Query<string>("SELECT participant FROM trajectories");

        Assert.Matches("^[0-9a-f]{64}$", stored);
        Assert.DoesNotContain(Code, stored);
        Assert.DoesNotContain("4711", stored);
        Assert.Equal(stored, install.Query<string>("SELECT participant FROM certificates"));
        var key = Convert.FromBase64String(File.ReadAllText(install.KeyFile).Trim());
        var organisation = install.Query<long>("SELECT organisation_id FROM trajectories");
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{organisation}\n{Code}"))), stored);
    }

    /// <summary>SQLite only: it reads the database file itself; a PostgreSQL database lives in the server's files, out of a test's reach.</summary>
    [Fact]
    public void The_code_appears_nowhere_in_the_database_files()
    {
        using var install = new TestInstallation(provider: DatabaseProvider.Sqlite).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        SqliteConnection.ClearAllPools();

        foreach (var file in Directory.GetFiles(install.Folder, "impact.db*"))
        {
            var text = Encoding.Latin1.GetString(File.ReadAllBytes(file));
            Assert.DoesNotContain(Code, text);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_same_code_at_two_organisations_is_two_participants_and_stays_the_same_within_one(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(install.Import(ImportKind.Deelnemers, "deelnemers.csv", TrajectoryRow.File(
            new TrajectoryRow { Participant = Code, Store = "AAN" },
            new TrajectoryRow { Participant = Code, Store = "ZWO", Practice = "WINKEL" })));
        ImportAssert.Succeeded(install.Import(ImportKind.Deelnemers, "deelnemers-2.csv", TrajectoryRow.File(
            new TrajectoryRow { Participant = Code, Store = "BLE", Practice = "FIETS" })));

        var byOrganisation = install.Lines(
            "SELECT o.name, COUNT(DISTINCT t.participant) FROM trajectories t JOIN organisations o ON o.id = t.organisation_id GROUP BY o.name ORDER BY o.name");

        Assert.Equal([$"{StandardStores.AanDeMaas}|1", $"{StandardStores.Zwolle}|1"], byOrganisation);
        Assert.Equal(2, install.Query<long>("SELECT COUNT(DISTINCT participant) FROM trajectories"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_key_file_is_created_on_the_first_participant_import_and_its_fingerprint_kept(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(install.Import(ImportKind.Verkopen, "v.csv", SaleRow.File(new SaleRow())));
        Assert.False(File.Exists(install.KeyFile));
        Assert.Equal(0, install.Query<long>("SELECT COUNT(*) FROM meta WHERE key = 'participant_key_fingerprint'"));

        ImportAssert.Succeeded(ImportTrajectory(install));

        Assert.True(File.Exists(install.KeyFile));
        var key = Convert.FromBase64String(File.ReadAllText(install.KeyFile).Trim());
        Assert.Equal(32, key.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(key)), Fingerprint(install));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(install.KeyFile));
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_key_is_kept_across_imports(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        var key = File.ReadAllText(install.KeyFile);

        var again = ImportAssert.Succeeded(ImportTrajectory(install));

        Assert.Equal(key, File.ReadAllText(install.KeyFile));
        Assert.Equal(1, again.Summary!.Unchanged);
        Assert.Equal(1, install.Count("trajectories"));
    }

    public static TheoryData<DatabaseProvider, ImportKind> ParticipantKinds => Providers.Each(ImportKind.Deelnemers, ImportKind.Certificaten);

    [Theory]
    [MemberData(nameof(ParticipantKinds))]
    public void A_missing_key_file_while_participants_exist_stops_the_import_and_changes_nothing(DatabaseProvider provider, ImportKind kind)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        File.Delete(install.KeyFile);
        var before = install.Snapshot();

        var content = kind == ImportKind.Deelnemers
            ? TrajectoryRow.File(new TrajectoryRow { Participant = Code }, TrajectoryRow.Number(2))
            : CertificateRow.File(new CertificateRow { Participant = Code });
        var message = ImportAssert.FileRefused(install.Import(kind, "opnieuw.csv", content));

        Assert.StartsWith($"Het sleutelbestand voor deelnemerscodes ontbreekt ('{install.KeyFile}'), terwijl de database al deelnemers bevat. De import is gestopt", message);
        Assert.Equal(before, install.Snapshot());
        Assert.False(File.Exists(install.KeyFile)); // no new key: it would silently duplicate every trajectory
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_missing_key_file_is_noticed_for_a_new_participant_at_another_organisation(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        File.Delete(install.KeyFile);
        var before = install.Snapshot();

        ImportAssert.FileRefused(ImportTrajectory(install, new TrajectoryRow { Participant = "NEW-1", Store = "ZWO", Practice = "WINKEL" }));

        Assert.Equal(before, install.Snapshot());
        Assert.False(File.Exists(install.KeyFile));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_key_file_from_another_installation_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        using var other = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        ImportAssert.Succeeded(ImportTrajectory(other));
        File.Copy(other.KeyFile, install.KeyFile, overwrite: true);
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(ImportTrajectory(install, TrajectoryRow.Number(2)));

        Assert.StartsWith($"Het sleutelbestand '{install.KeyFile}' hoort niet bij deze database (andere vingerafdruk).", message);
        Assert.Equal(before, install.Snapshot());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_damaged_key_file_is_refused(DatabaseProvider provider)
    {
        using var install = new TestInstallation(provider: provider).WithStandardStores();
        ImportAssert.Succeeded(ImportTrajectory(install));
        File.WriteAllText(install.KeyFile, "dit is geen sleutel");
        var before = install.Snapshot();

        var message = ImportAssert.FileRefused(ImportTrajectory(install, TrajectoryRow.Number(2)));

        Assert.Contains("beschadigd", message);
        Assert.Equal(before, install.Snapshot());
    }

    [Fact]
    public void The_short_pseudonym_is_eight_characters_of_the_hash()
    {
        Assert.Equal("0123abcd", ParticipantKey.ShortPseudonym("0123abcd" + new string('e', 56)));
    }
}
