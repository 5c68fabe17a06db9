using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Domain;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Sharing;

/// <summary>
/// The share links in the database (tables share_links, share_link_organisations, share_link_stories): the stored file
/// and the SHA-256 of the token, never the token. Only <see cref="ShareLinkService"/> writes.
/// </summary>
public sealed class ShareLinkStore(Database database)
{
    private const string Columns =
        "id, kind, title, file_name, content_type, language, size_bytes, shared_by, shared_by_name, created_at, expires_at, revoked_at, revoked_by, downloads";

    /// <summary>A row as the link route finds it: its link, its stored hash and whether it still holds its file.</summary>
    internal sealed record Candidate(ShareLink Link, byte[] TokenHash, bool HasFile);

    internal long Insert(SharedFile file, byte[] tokenHash, string sharedBy, string sharedByName, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var id = connection.Scalar<long>(
            "INSERT INTO share_links (lookup, token_hash, kind, title, file_name, content_type, language, content, size_bytes, shared_by, " +
            "shared_by_name, created_at, expires_at) VALUES (@lookup, @hash, @kind, @title, @file, @type, @language, @content, @size, @by, @byName, " +
            "@created, @expires) RETURNING id",
            transaction,
            ("@lookup", ShareLinkRules.Lookup(tokenHash)), ("@hash", tokenHash), ("@kind", file.Kind.Key()), ("@title", file.Title),
            ("@file", file.FileName), ("@type", file.ContentType), ("@language", Language.Of(file.Culture).TwoLetterISOLanguageName), ("@content", file.Bytes),
            ("@size", (long)file.Bytes.Length), ("@by", sharedBy), ("@byName", sharedByName), ("@created", Stored(createdAt)),
            ("@expires", Stored(expiresAt)));
        foreach (var organisation in file.Organisations)
        {
            connection.Execute("INSERT INTO share_link_organisations (share_link_id, organisation_id) VALUES (@id, @organisation)", transaction,
                ("@id", id), ("@organisation", organisation));
        }
        foreach (var story in file.StoryIds)
        {
            connection.Execute("INSERT INTO share_link_stories (share_link_id, story_id) VALUES (@id, @story)", transaction, ("@id", id), ("@story", story));
        }
        transaction.Commit();
        return id;
    }

    /// <summary>Every link, newest first.</summary>
    public IReadOnlyList<ShareLink> List()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginRead();
        var organisations = connection.Query("SELECT share_link_id, organisation_id FROM share_link_organisations",
                r => (Link: r.GetInt64(0), Organisation: r.GetInt64(1)), transaction)
            .ToLookup(r => r.Link, r => r.Organisation);
        return connection.Query($"SELECT {Columns} FROM share_links ORDER BY id DESC", r => Read(r, organisations[r.GetInt64(0)].ToHashSet()), transaction);
    }

    /// <summary>One link, or null.</summary>
    public ShareLink? Get(long id) => List().FirstOrDefault(l => l.Id == id);

    /// <summary>The rows whose hash starts as this one's (in practice one or none), each with its stored hash.</summary>
    internal IReadOnlyList<Candidate> Find(string lookup)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {Columns}, token_hash, content IS NOT NULL FROM share_links WHERE lookup = @lookup",
            r => new Candidate(Read(r, new HashSet<long>()), (byte[])r.GetValue(14), Convert.ToBoolean(r.GetValue(15), CultureInfo.InvariantCulture)),
            null, ("@lookup", lookup));
    }

    /// <summary>The stored bytes of a link that still holds them.</summary>
    internal byte[]? Content(long id)
    {
        using var connection = database.Open();
        var rows = connection.Query("SELECT content FROM share_links WHERE id = @id AND content IS NOT NULL", r => (byte[])r.GetValue(0), null, ("@id", id));
        return rows.Count == 0 ? null : rows[0];
    }

    internal void CountDownload(long id)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE share_links SET downloads = downloads + 1 WHERE id = @id", null, ("@id", id));
    }

    /// <summary>Revokes a link that is not revoked yet and drops its file; returns whether it did.</summary>
    internal bool Revoke(long id, string revokedBy, DateTimeOffset at)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE share_links SET revoked_at = @at, revoked_by = @by, content = NULL WHERE id = @id AND revoked_at IS NULL", null,
            ("@at", Stored(at)), ("@by", revokedBy), ("@id", id)) > 0;
    }

    /// <summary>The links whose file contains the story, revoked or not.</summary>
    internal IReadOnlyList<long> ContainingStory(long storyId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT share_link_id FROM share_link_stories WHERE story_id = @story ORDER BY share_link_id",
            r => r.GetInt64(0), null, ("@story", storyId));
    }

    /// <summary>How many links <paramref name="sharedBy"/> made from <paramref name="since"/> on, revoked ones included.</summary>
    internal int CountMadeSince(string sharedBy, DateTimeOffset since)
    {
        using var connection = database.Open();
        return (int)connection.Scalar<long>("SELECT COUNT(*) FROM share_links WHERE shared_by = @by AND created_at >= @since", null,
            ("@by", sharedBy), ("@since", Stored(since)));
    }

    /// <summary>Drops the file of every link that has expired or was revoked; the row stays for the audit history.</summary>
    internal int DropExpiredFiles(DateTimeOffset now)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE share_links SET content = NULL WHERE content IS NOT NULL AND (revoked_at IS NOT NULL OR expires_at <= @now)", null,
            ("@now", Stored(now)));
    }

    /// <summary>UTC as fixed-width ISO text, so that comparing the text compares the times.</summary>
    private static string Stored(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static ShareLink Read(DbDataReader r, IReadOnlySet<long> organisations) => new(
        r.GetInt64(0), ShareKinds.Parse(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4),
        Language.Parse(r.GetString(5)) ?? Language.Dutch, r.GetInt64(6), r.GetString(7), r.GetString(8), Parse(r.GetString(9)),
        Parse(r.GetString(10)), r.IsDBNull(11) ? null : Parse(r.GetString(11)), r.GetStringOrNull(12), r.GetInt64(13), organisations);
}
