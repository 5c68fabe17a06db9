using System.Text;
using Dashboard.Data;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Data.Sharing;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Sharing;

/// <summary>A share link lives in the database, so a backup takes it along and a restore brings back a link that still works.</summary>
public sealed class ShareLinkBackupTests : IDisposable
{
    private readonly TestInstallation _install = new TestInstallation().WithStandardStores();
    private readonly string _backups = Path.Combine(Path.GetTempPath(), "impact-tests", Guid.NewGuid().ToString("N"));

    private ShareLinkService LinksOn(string databaseFile) =>
        new ServiceCollection().AddImpactCore(new InstallationFiles(databaseFile, _install.KeyFile), ImportLimits.Default, _install.Clock)
            .BuildServiceProvider().GetRequiredService<ShareLinkService>();

    [Fact]
    public void A_restored_backup_serves_the_same_file_behind_the_same_link()
    {
        var organisation = _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7 bewaard\n%%EOF");
        var created = LinksOn(_install.Database.Path).Share(Actors.Beheerder(),
            new SharedFile(ShareKind.Factsheet, "Horeca", "factsheet.pdf", "application/pdf", bytes, Language.Dutch)
            {
                Organisations = new HashSet<long> { organisation },
                StoryIds = new HashSet<long> { 7 },
            }, 30);
        var folder = Path.Combine(_backups, "nacht");

        var manifest = Backup.Create(new InstallationFiles(_install.Database.Path, _install.KeyFile), folder, _install.Clock);
        var restored = Path.Combine(_backups, "hersteld", "impact.db");
        Restore.Run(folder, new InstallationFiles(restored, Path.Combine(_backups, "hersteld", "impact.key")), _install.Clock);

        Assert.Equal(1, manifest.RowCounts["share_links"]);
        Assert.Equal(1, manifest.RowCounts["share_link_organisations"]);
        Assert.Equal(1, manifest.RowCounts["share_link_stories"]);
        Assert.Equal(bytes, LinksOn(restored).Download(created.Token, "192.0.2.7")!.Bytes);
        Assert.Equal([created.Id], LinksOn(restored).RevokeContainingStory(7, Dashboard.Data.Administration.Actor.CommandLine, "toestemming ingetrokken"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_backups))
        {
            Directory.Delete(_backups, recursive: true);
        }
        _install.Dispose();
    }
}
