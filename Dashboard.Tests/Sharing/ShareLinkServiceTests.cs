using System.Text;
using Dashboard.Data;
using Dashboard.Data.Administration;
using Dashboard.Data.Administration.Audit;
using Dashboard.Data.Domain;
using Dashboard.Data.Exports;
using Dashboard.Data.Figures;
using Dashboard.Data.Figures.Filtering;
using Dashboard.Data.Imports;
using Dashboard.Data.Installation;
using Dashboard.Data.Sharing;
using Dashboard.Data.Storage;
using Dashboard.Data.Stories;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Sharing;

/// <summary>
/// Share links through their one door, on both databases (docs/weergave-en-export.md#delen-via-een-link): a valid link
/// serves exactly the stored bytes; an expired, revoked, wrong or empty token gets nothing, alike; only the hash of the
/// token is stored and no audit line names it; the board cannot share, a director only for their own organisation; and
/// withdrawing a story's consent revokes exactly the links whose file contains it.
/// </summary>
public sealed class ShareLinkServiceTests : IDisposable
{
    private TestInstallation _install = null!;
    private ServiceProvider _core = null!;
    private long _aanDeMaas;
    private long _zwolle;

    private void Install(DatabaseProvider provider)
    {
        _install = new TestInstallation(provider: provider).WithStandardStores();
        _core = new ServiceCollection()
            .AddImpactCore(new InstallationFiles(Path.Combine(_install.Folder, "impact.db"), _install.KeyFile), ImportLimits.Default, _install.Clock)
            .AddSingleton(_install.Database)
            .BuildServiceProvider();
        _aanDeMaas = _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.AanDeMaas}'");
        _zwolle = _install.Query<long>($"SELECT id FROM organisations WHERE name = '{StandardStores.Zwolle}'");
    }

    private ShareLinkService Links => _core.GetRequiredService<ShareLinkService>();

    private ExportService Exports => _core.GetRequiredService<ExportService>();

    private AuditLog Log => _core.GetRequiredService<AuditLog>();

    private FixedClock Clock => (FixedClock)_install.Clock;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7 een factsheet zoals hij gemaakt is\n%%EOF");

    private SharedFile File(long organisation, string title = "Horeca · 2025", params long[] stories) =>
        new(ShareKind.Factsheet, title, "factsheet-praktijk-2026-11-15.pdf", "application/pdf", Pdf, Language.Dutch)
        {
            Organisations = new HashSet<long> { organisation },
            StoryIds = stories.ToHashSet(),
        };

    private static Actor Bestuur(long organisation) =>
        Actor.For(new Viewer(4, "bestuur", "Bestuur", Role.Bestuur, AccessScope.Of([organisation])));

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Only_the_hash_of_the_token_is_stored_and_no_audit_line_names_the_token(DatabaseProvider provider)
    {
        Install(provider);
        var created = Links.Share(Actors.Communicatie(_aanDeMaas, "carla"), File(_aanDeMaas), 30);
        Assert.NotNull(Links.Download(created.Token, "192.0.2.7"));
        Links.Revoke(Actors.Beheerder(), created.Id);

        using (var connection = _install.Database.Open())
        {
            var stored = connection.Query("SELECT token_hash, lookup FROM share_links", r => ((byte[])r.GetValue(0), r.GetString(1))).Single();
            Assert.Equal(ShareLinkRules.Hash(created.Token), stored.Item1);
            Assert.Equal(ShareLinkRules.Lookup(stored.Item1), stored.Item2);
            var texts = connection.Query(
                "SELECT kind || title || file_name || content_type || language || shared_by || shared_by_name || created_at || expires_at FROM share_links",
                r => r.GetString(0));
            Assert.DoesNotContain(texts, t => t.Contains(created.Token, StringComparison.Ordinal));
        }
        var lines = Log.Read(new AuditQuery { Take = 100 });
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.DoesNotContain(created.Token, l.Subject + l.Outcome, StringComparison.Ordinal));
        Assert.Empty(_install.Lines($"SELECT id FROM audit_log WHERE parameters LIKE '%{created.Token}%'"));
        if (provider == DatabaseProvider.Sqlite)
        {
            // Nowhere in the file either, nor in its write-ahead log.
            SqliteConnectionsClosed();
            var bytes = ReadShared(_install.Database.Path).Concat(ReadShared(_install.Database.Path + "-wal")).ToArray();
            Assert.DoesNotContain(created.Token, Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_valid_link_serves_exactly_the_stored_bytes_with_their_name_and_counts_each_download(DatabaseProvider provider)
    {
        Install(provider);
        var created = Links.Share(Actors.Communicatie(_aanDeMaas, "carla"), File(_aanDeMaas), 30);

        var page = Links.Open(created.Token);
        var first = Links.Download(created.Token, "192.0.2.7");
        var second = Links.Download(created.Token, "192.0.2.8");

        Assert.Equal(("Horeca · 2025", "Communicatie", ShareKind.Factsheet), (page!.Title, page.SharedByName, page.Kind));
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 11, 0, 0, TimeSpan.Zero), page.ExpiresAt);
        Assert.Equal(Pdf, first!.Bytes);
        Assert.Equal(Pdf, second!.Bytes);
        Assert.Equal(("factsheet-praktijk-2026-11-15.pdf", "application/pdf"), (first.Link.FileName, first.Link.ContentType));
        var listed = Assert.Single(Links.List(Actors.Beheerder()));
        Assert.Equal((2L, ShareLinkStatus.Geldig), (listed.Downloads, listed.StatusAt(Clock.GetUtcNow())));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Expired_revoked_wrong_and_empty_tokens_serve_no_file_and_the_same_nothing(DatabaseProvider provider)
    {
        Install(provider);
        var communicatie = Actors.Communicatie(_aanDeMaas, "carla");
        var valid = Links.Share(communicatie, File(_aanDeMaas, "geldig"), 30);
        var expiring = Links.Share(communicatie, File(_aanDeMaas, "verloopt"), 1);
        var revoked = Links.Share(communicatie, File(_aanDeMaas, "ingetrokken"), 30);
        Assert.True(Links.Revoke(communicatie, revoked.Id));
        Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var wrong = valid.Token[..20] + (valid.Token[20] == 'x' ? 'y' : 'x') + valid.Token[21..];

        foreach (var token in new[] { expiring.Token, revoked.Token, wrong, "", null, valid.Token + "A", valid.Token.ToUpperInvariant() })
        {
            Assert.Null(Links.Open(token));
            Assert.Null(Links.Download(token, "192.0.2.7"));
        }
        Assert.Equal(Pdf, Links.Download(valid.Token, "192.0.2.7")!.Bytes);

        // The rows stay for the history; the expired and the revoked link hold no file any more.
        var statuses = Links.List(Actors.Beheerder()).ToDictionary(l => l.Title, l => l.StatusAt(Clock.GetUtcNow()));
        Assert.Equal(ShareLinkStatus.Geldig, statuses["geldig"]);
        Assert.Equal(ShareLinkStatus.Verlopen, statuses["verloopt"]);
        Assert.Equal(ShareLinkStatus.Ingetrokken, statuses["ingetrokken"]);
        Assert.Equal(["geldig"], _install.Lines("SELECT title FROM share_links WHERE content IS NOT NULL"));
        Assert.Equal(3, _install.Count("share_links"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void The_board_cannot_share_list_or_revoke(DatabaseProvider provider)
    {
        Install(provider);
        var created = Links.Share(Actors.Beheerder(), File(_aanDeMaas), 30);
        var bestuur = Bestuur(_aanDeMaas);

        var sharing = Assert.Throws<AccessDeniedException>(() => Links.Share(bestuur, File(_aanDeMaas), 30));
        var listing = Assert.Throws<AccessDeniedException>(() => Links.List(bestuur));
        var revoking = Assert.Throws<AccessDeniedException>(() => Links.Revoke(bestuur, created.Id));

        Assert.Equal(ActionRights.NoRight, sharing.Message);
        Assert.Equal(ActionRights.NoRight, listing.Message);
        Assert.Equal(ActionRights.NoRight, revoking.Message);
        Assert.Equal(1, _install.Count("share_links"));
        Assert.NotNull(Links.Open(created.Token));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_director_shares_lists_and_revokes_only_their_own_organisations_links(DatabaseProvider provider)
    {
        Install(provider);
        var maas = Actors.Directie(_aanDeMaas, "directie-maas");
        var zwolle = Actors.Directie(_zwolle, "directie-zwolle");
        var own = Links.Share(maas, File(_aanDeMaas, "Aan de Maas"), 30);
        var other = Links.Share(zwolle, File(_zwolle, "Zwolle"), 30);

        var outside = Assert.Throws<AccessDeniedException>(() => Links.Share(maas, File(_zwolle), 30));
        var revokeOther = Assert.Throws<AccessDeniedException>(() => Links.Revoke(maas, other.Id));
        var revokeNone = Assert.Throws<AccessDeniedException>(() => Links.Revoke(maas, 999));

        Assert.Equal(ActionRights.OutsideScope, outside.Message);
        Assert.Equal(revokeOther.Message, revokeNone.Message);
        Assert.Equal(["Aan de Maas"], Links.List(maas).Select(l => l.Title));
        Assert.Equal(["Zwolle"], Links.List(zwolle).Select(l => l.Title));
        Assert.Equal(["Zwolle", "Aan de Maas"], Links.List(Actors.Beheerder()).Select(l => l.Title));
        Assert.NotNull(Links.Open(other.Token));
        Assert.True(Links.Revoke(maas, own.Id));
        Assert.False(Links.Revoke(maas, own.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Making_downloading_and_revoking_are_audited_each_once(DatabaseProvider provider)
    {
        Install(provider);
        var created = Links.Share(Actors.Communicatie(_aanDeMaas, "carla"), File(_aanDeMaas), 30);
        Links.Download(created.Token, "192.0.2.7");
        Links.Download("verkeerd", "192.0.2.9");
        Links.Revoke(Actors.Beheerder("bea"), created.Id);
        Links.Revoke(Actors.Beheerder("bea"), created.Id);

        var lines = Log.Read(new AuditQuery { Action = AuditAction.Delen }).Reverse()
            .Select(e => (e.UserName, e.Subject, e.Outcome, e.Wording?.Key)).ToList();
        var id = created.Id;
        Assert.Equal(
        [
            ("carla", $"deellink {id} · Horeca · 2025 · factsheet-praktijk-2026-11-15.pdf", "gemaakt: 30 dagen geldig, tot 15-12-2026 12:00", "delen.gemaakt"),
            (null, $"deellink {id} · Horeca · 2025 · factsheet-praktijk-2026-11-15.pdf", "gedownload zonder account vanaf 192.0.2.7", "delen.gedownload"),
            ("bea", $"deellink {id} · Horeca · 2025", "ingetrokken", "delen.ingetrokken"),
        ], lines);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Withdrawing_a_storys_consent_revokes_exactly_the_links_whose_file_contains_it(DatabaseProvider provider)
    {
        Install(provider);
        var directie = Actors.Directie(_aanDeMaas, "directie-maas");
        var both = Links.Share(directie, File(_aanDeMaas, "met 11 en 12", 11, 12), 30);
        var twelve = Links.Share(directie, File(_aanDeMaas, "met 12", 12), 30);
        var thirteen = Links.Share(directie, File(_aanDeMaas, "met 13", 13), 30);
        var none = Links.Share(directie, File(_aanDeMaas, "zonder verhaal"), 30);

        var revoked = Links.RevokeContainingStory(12, directie, "toestemming ingetrokken");

        Assert.Equal([both.Id, twelve.Id], revoked);
        Assert.Null(Links.Open(both.Token));
        Assert.Null(Links.Open(twelve.Token));
        Assert.NotNull(Links.Open(thirteen.Token));
        Assert.NotNull(Links.Open(none.Token));
        Assert.Empty(Links.RevokeContainingStory(12, directie, "toestemming ingetrokken"));
        var lines = Log.Read(new AuditQuery { Action = AuditAction.Delen }).Where(e => e.Wording == AuditWordings.ShareLinkRevokedForStory).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.EndsWith("bevat verhaal 12 — toestemming ingetrokken", l.Outcome, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_factsheet_is_shared_as_its_download_is_made_and_served_as_it_was_stored(DatabaseProvider provider)
    {
        Install(provider);
        var order = new ExportOrder(ExportView.Praktijk,
            new NamedFilter { PracticeKinds = ["horeca"], Period = new Period(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)) }, TestInstallation.Today);

        var created = Exports.Share(Actors.Communicatie(_aanDeMaas, "carla"), "/export/praktijk.pdf?soort=horeca", ExportFormat.Pdf, order, 14);

        var link = Links.Open(created.Token)!;
        Assert.Equal((ShareKind.Factsheet, "application/pdf"), (link.Kind, link.ContentType));
        Assert.StartsWith("factsheet-", link.FileName, StringComparison.Ordinal);
        Assert.Equal(new HashSet<long> { _aanDeMaas }, Assert.Single(Links.List(Actors.Beheerder())).Organisations);
        Assert.False(string.IsNullOrWhiteSpace(link.Title));
        var served = Links.Download(created.Token, "192.0.2.7")!.Bytes;
        Assert.Equal("%PDF", Encoding.ASCII.GetString(served, 0, 4));
        using (var connection = _install.Database.Open())
        {
            Assert.Equal(served, connection.Query("SELECT content FROM share_links", r => (byte[])r.GetValue(0)).Single());
        }
        // Made through the export service: its own audit line, under the link it was made from.
        var export = Assert.Single(Log.Read(new AuditQuery { Action = AuditAction.Export }));
        Assert.Equal(("carla", "/export/praktijk.pdf?soort=horeca", AuditWordings.Exported.Key), (export.UserName, export.Subject, export.Wording!.Key));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void A_funder_report_is_shared_with_the_stories_it_holds_and_withdrawing_one_of_them_revokes_it(DatabaseProvider provider)
    {
        Install(provider);
        var restaurant = _install.Query<long>("SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.code = 'AAN' AND p.code = 'REST'");
        var stories = _core.GetRequiredService<StoryService>();
        var story = stories.Save(Actors.Beheerder(), new StoryDraft(restaurant)
        {
            Title = "Sanne vond haar plek",
            Text = "Sanne begon in de afwas en werkt nu in de bediening.",
            Date = new DateOnly(2026, 10, 1),
            ConsentDate = new DateOnly(2026, 9, 1),
            Outcomes = [IndicatorCode.P4R],
        });
        var order = new ExportOrder(ExportView.Praktijk, new NamedFilter { Practices = ["AAN/REST"] }, TestInstallation.Today) { Report = true };

        var created = Exports.Share(Actors.Communicatie(_aanDeMaas, "carla"), "/rapport/praktijk.docx?praktijk=AAN/REST", ExportFormat.Docx, order, 14);

        var link = Links.Open(created.Token)!;
        Assert.Equal((ShareKind.Rapport, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), (link.Kind, link.ContentType));
        Assert.Matches(@"^rapport-praktijk-\d{4}-\d{2}-\d{2}\.docx$", link.FileName);
        Assert.StartsWith("Impactrapportage Restaurant De Pan · ", link.Title, StringComparison.Ordinal);
        Assert.Equal("PK", Encoding.ASCII.GetString(Links.Download(created.Token, "192.0.2.7")!.Bytes, 0, 2));

        stories.WithdrawConsent(Actors.Beheerder(), story.Id);

        Assert.Null(Links.Open(created.Token));
        Assert.Null(Links.Download(created.Token, "192.0.2.7"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void One_user_makes_at_most_20_links_an_hour_and_the_next_is_refused_before_its_file_is_made(DatabaseProvider provider)
    {
        Install(provider);
        var carla = Actors.Communicatie(_aanDeMaas, "carla");
        for (var i = 0; i < ShareLinkRules.MostPerHour; i++)
        {
            Links.Share(carla, File(_aanDeMaas, $"Horeca {i}"), 7);
            Clock.Advance(TimeSpan.FromMinutes(1));
        }
        var order = new ExportOrder(ExportView.Praktijk, new NamedFilter { Practices = ["AAN/REST"] }, TestInstallation.Today) { Report = true };

        var direct = Assert.Throws<ShareLinkRefusedException>(() => Links.Share(carla, File(_aanDeMaas), 7));
        var report = Assert.Throws<ShareLinkRefusedException>(() => Exports.Share(carla, "/rapport/praktijk.docx?praktijk=AAN/REST", ExportFormat.Docx, order, 7));
        var other = Links.Share(Actors.Communicatie(_aanDeMaas, "cees"), File(_aanDeMaas), 7);

        Assert.Equal("U hebt in het afgelopen uur al 20 links gemaakt, het meeste dat kan: maak de volgende over een uur.", direct.Message);
        Assert.Equal(direct.Message, report.Message);
        Assert.Empty(Log.Read(new AuditQuery { Action = AuditAction.Export }));
        Assert.NotNull(Links.Open(other.Token));
        Clock.Advance(TimeSpan.FromMinutes(41));
        Assert.NotNull(Links.Open(Links.Share(carla, File(_aanDeMaas), 7).Token));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public void Days_outside_1_to_90_and_a_view_without_factsheet_are_refused_before_anything_is_made(DatabaseProvider provider)
    {
        Install(provider);
        var order = new ExportOrder(ExportView.Praktijk, new NamedFilter { PracticeKinds = ["horeca"] }, TestInstallation.Today);
        var communicatie = Actors.Communicatie(_aanDeMaas, "carla");

        var none = Assert.Throws<ShareLinkRefusedException>(() => Exports.Share(communicatie, "x", ExportFormat.Pdf, order, 0));
        var tooMany = Assert.Throws<ShareLinkRefusedException>(() => Links.Share(communicatie, File(_aanDeMaas), 91));
        var compare = Assert.Throws<ShareLinkRefusedException>(() => Exports.Share(communicatie, "x", ExportFormat.Pdf, order with { View = ExportView.Vergelijken }, 7));

        Assert.Equal("Een link is 1 tot 90 dagen geldig: kies een aantal dagen daartussen.", none.Message);
        Assert.Equal(none.Message, tooMany.Message);
        Assert.Equal("Alleen de factsheet of het rapport van Overzicht of Goede praktijk kan via een link worden gedeeld.", compare.Message);
        Assert.Equal(0, _install.Count("share_links"));
        Assert.Equal(0, _install.Count("audit_log"));
    }

    private static void SqliteConnectionsClosed() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static byte[] ReadShared(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return [];
        }
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public void Dispose()
    {
        _core?.Dispose();
        _install?.Dispose();
    }
}
