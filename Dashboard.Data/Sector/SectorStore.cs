using System.Data.Common;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Sector;

/// <summary>
/// Reads and saves what the sector together is built on (docs/sector.md): which organisations take part, the contact an
/// organisation publishes, and the year a practice entered as "actief sinds". Checks of rights and fields are
/// <see cref="SectorService"/>'s; the store only writes.
/// </summary>
public sealed class SectorStore(Database database)
{
    private const string PracticeColumns =
        "p.id, p.kind, p.name, s.name, s.city, o.id, o.name, p.active_since";

    /// <summary>Every organisation with whether it takes part, by name.</summary>
    public IReadOnlyList<SectorOrganisation> Organisations()
    {
        using var connection = database.Open();
        return connection.Query("SELECT id, name, is_demo, takes_part FROM organisations ORDER BY name, id",
            r => new SectorOrganisation(r.GetInt64(0), r.GetString(1), r.GetInt64(2) != 0, r.GetInt64(3) != 0));
    }

    /// <summary>The organisation with this name, in any case; null when there is none.</summary>
    public SectorOrganisation? Organisation(string name)
    {
        using var connection = database.Open();
        return connection.Query("SELECT id, name, is_demo, takes_part FROM organisations WHERE lower(name) = lower(@name) ORDER BY id",
            r => new SectorOrganisation(r.GetInt64(0), r.GetString(1), r.GetInt64(2) != 0, r.GetInt64(3) != 0), null, ("@name", name.Trim()))
            .FirstOrDefault();
    }

    public SectorOrganisation? Organisation(long id)
    {
        using var connection = database.Open();
        return connection.Query("SELECT id, name, is_demo, takes_part FROM organisations WHERE id = @id",
            r => new SectorOrganisation(r.GetInt64(0), r.GetString(1), r.GetInt64(2) != 0, r.GetInt64(3) != 0), null, ("@id", id))
            .FirstOrDefault();
    }

    /// <summary>
    /// Sets whether the organisation takes part, raising the data counter in the same transaction: the figures' snapshot
    /// holds who takes part. Returns what it was, or null when there is no such organisation (then nothing is written).
    /// </summary>
    internal bool? SetTakesPart(long organisationId, bool takesPart)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var was = connection.Query("SELECT takes_part FROM organisations WHERE id = @id", r => r.GetInt64(0) != 0, transaction, ("@id", organisationId));
        if (was.Count == 0)
        {
            return null;
        }
        if (was[0] != takesPart)
        {
            connection.Execute("UPDATE organisations SET takes_part = @value WHERE id = @id", transaction,
                ("@value", takesPart ? 1L : 0L), ("@id", organisationId));
            DataVersion.Bump(connection, transaction);
        }
        transaction.Commit();
        return was[0];
    }

    /// <summary>The organisation's published contact; null when it published none.</summary>
    public OrganisationContact? Contact(long organisationId)
    {
        using var connection = database.Open();
        return connection.Query("SELECT organisation_id, name, email, about FROM organisation_contacts WHERE organisation_id = @id",
            ReadContact, null, ("@id", organisationId)).FirstOrDefault();
    }

    /// <summary>Publishes the contact, or replaces the one the organisation had.</summary>
    internal void SaveContact(OrganisationContact contact)
    {
        using var connection = database.Open();
        connection.Execute(
            """
            INSERT INTO organisation_contacts (organisation_id, name, email, about) VALUES (@id, @name, @email, @about)
            ON CONFLICT (organisation_id) DO UPDATE SET name = excluded.name, email = excluded.email, about = excluded.about
            """,
            null, ("@id", contact.OrganisationId), ("@name", contact.Name), ("@email", contact.Email), ("@about", contact.About));
    }

    /// <summary>Unpublishes the organisation's contact; returns whether it had one.</summary>
    internal bool RemoveContact(long organisationId)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM organisation_contacts WHERE organisation_id = @id", null, ("@id", organisationId)) > 0;
    }

    /// <summary>The organisation's practices, by store and name, with their "actief sinds".</summary>
    public IReadOnlyList<SectorPractice> Practices(long organisationId)
    {
        using var connection = database.Open();
        return connection.Query(
            $"""
            SELECT {PracticeColumns} FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            WHERE o.id = @id ORDER BY s.name, p.name, p.id
            """,
            r => ReadPractice(r, null), null, ("@id", organisationId));
    }

    /// <summary>One practice, or null when there is none.</summary>
    public SectorPractice? Practice(long practiceId)
    {
        using var connection = database.Open();
        return connection.Query(
            $"""
            SELECT {PracticeColumns} FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            WHERE p.id = @id
            """,
            r => ReadPractice(r, null), null, ("@id", practiceId)).FirstOrDefault();
    }

    /// <summary>Sets or clears (null) the year the practice is active since; returns whether the practice exists.</summary>
    internal bool SetActiveSince(long practiceId, int? year)
    {
        using var connection = database.Open();
        return connection.Execute("UPDATE practices SET active_since = @year WHERE id = @id", null,
            ("@year", year is { } y ? (long)y : null), ("@id", practiceId)) > 0;
    }

    /// <summary>
    /// The list of good practices in the sector (docs/sector.md#goede-praktijken-in-de-sector): every practice of every
    /// organisation that takes part, with the organisation's contact when it published one — and nothing else.
    /// </summary>
    public IReadOnlyList<SectorPractice> Directory()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginRead();
        var contacts = connection.Query(
                "SELECT c.organisation_id, c.name, c.email, c.about FROM organisation_contacts c JOIN organisations o ON o.id = c.organisation_id WHERE o.takes_part = 1",
                ReadContact, transaction)
            .ToDictionary(c => c.OrganisationId);
        var practices = connection.Query(
            $"""
            SELECT {PracticeColumns} FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            WHERE o.takes_part = 1 ORDER BY p.kind, p.name, s.name, o.name, p.id
            """,
            r => ReadPractice(r, contacts), transaction);
        transaction.Commit();
        return practices;
    }

    private static SectorPractice ReadPractice(DbDataReader r, IReadOnlyDictionary<long, OrganisationContact>? contacts) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetStringOrNull(4), r.GetInt64(5), r.GetString(6),
            r.GetInt64OrNull(7) is { } year ? (int)year : null, contacts?.GetValueOrDefault(r.GetInt64(5)));

    private static OrganisationContact ReadContact(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3));
}
