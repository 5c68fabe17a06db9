using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Annotations;

/// <summary>
/// Reads and writes the annotations (table annotations, docs/weergave-en-export.md#gebeurtenissen). Writing is for
/// <see cref="AnnotationService"/>, which checks the actor and audits; the demo's annotations go with the demo organisations.
/// </summary>
public sealed class AnnotationStore(Database database)
{
    private const string Columns = "id, organisation_id, practice_id, annotation_date, text, created_by, created_at";

    /// <summary>Every annotation, by date: few enough (a handful per organisation per year) to read whole for each view.</summary>
    public IReadOnlyList<Annotation> All()
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {Columns} FROM annotations ORDER BY annotation_date, id", Read);
    }

    /// <summary>The annotation; null when there is none with that number.</summary>
    public Annotation? Get(long id)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {Columns} FROM annotations WHERE id = @id", Read, null, ("@id", id)).FirstOrDefault();
    }

    /// <summary>Stores a checked draft (date and text present, text trimmed); returns it as stored.</summary>
    internal Annotation Add(AnnotationDraft draft, string createdBy, DateTimeOffset createdAt)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var annotation = Insert(connection, transaction, draft, createdBy, createdAt);
        transaction.Commit();
        return annotation;
    }

    /// <summary>Removes the annotation; returns whether there was one.</summary>
    internal bool Delete(long id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM annotations WHERE id = @id", null, ("@id", id)) > 0;
    }

    /// <summary>
    /// The demo sector's events, so its trend charts show what an annotation is: stored for the demo organisations and
    /// practices that exist, once (none when a demo organisation has any already); they go with the demo organisations (DemoSeeder.Remove). Returns how many were stored.
    /// </summary>
    public int SaveForDemo()
    {
        (string Organisation, string? Practice, string Date, string Text)[] events =
        [
            ("Kringloop Aan de Maas", "VNL/FIETS", "2026-03-02", "Nieuwe fietswerkplaats geopend"),
            ("Kringloop Aan de Maas", null, "2025-09-15", "Verhuizing magazijn Roermond"),
            ("Stichting Tweede Ronde", null, "2026-05-11", "Extra instroom via gemeente"),
            ("De Kringwinkel Zuidoost", "EHV/REST", "2026-06-01", "Tweede keuken in gebruik genomen"),
            ("De Kringwinkel Zuidoost", null, "2026-09-01", "Samenwerking met UWV gestart"),
        ];
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM annotations a JOIN organisations o ON o.id = a.organisation_id WHERE o.is_demo = 1", transaction) > 0)
        {
            return 0;
        }
        var stored = 0;
        foreach (var (organisation, practice, date, text) in events)
        {
            var organisationId = connection.Query("SELECT id FROM organisations WHERE name = @name AND is_demo = 1", r => (long?)r.GetInt64(0), transaction,
                ("@name", organisation)).FirstOrDefault();
            if (organisationId is not { } id)
            {
                continue;
            }
            long? practiceId = null;
            if (practice is not null)
            {
                practiceId = connection.Query("SELECT p.id FROM practices p JOIN stores s ON s.id = p.store_id WHERE s.organisation_id = @org AND s.code || '/' || p.code = @path",
                    r => (long?)r.GetInt64(0), transaction, ("@org", id), ("@path", practice)).FirstOrDefault();
                if (practiceId is null)
                {
                    continue;
                }
            }
            Insert(connection, transaction, new AnnotationDraft(id, practiceId, IsoDate.Parse(date), text), "demo", DateTimeOffset.UnixEpoch);
            stored++;
        }
        transaction.Commit();
        return stored;
    }

    private static Annotation Insert(DbConnection connection, DbTransaction transaction, AnnotationDraft draft, string createdBy, DateTimeOffset createdAt)
    {
        var date = draft.Date ?? throw new ArgumentException("an annotation has a date", nameof(draft));
        var text = draft.Text?.Trim() ?? throw new ArgumentException("an annotation has a text", nameof(draft));
        var id = connection.Scalar<long>(
            """
            INSERT INTO annotations (organisation_id, practice_id, annotation_date, text, created_by, created_at)
            VALUES (@org, @practice, @date, @text, @by, @at) RETURNING id
            """,
            transaction, ("@org", draft.OrganisationId), ("@practice", draft.PracticeId), ("@date", IsoDate.Format(date)), ("@text", text),
            ("@by", createdBy), ("@at", createdAt.ToString("O", CultureInfo.InvariantCulture)));
        return new Annotation(id, draft.OrganisationId, draft.PracticeId, date, text, createdBy, createdAt);
    }

    private static Annotation Read(DbDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetInt64OrNull(2), IsoDate.Parse(r.GetString(3)), r.GetString(4),
        r.GetString(5), DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture));
}
