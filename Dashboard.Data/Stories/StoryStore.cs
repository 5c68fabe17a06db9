using System.Data.Common;
using System.Globalization;
using Dashboard.Data.Figures;
using Dashboard.Data.Storage;
using Dashboard.Data.Validation;

namespace Dashboard.Data.Stories;

/// <summary>
/// Reads and writes the stories of the good practices (table stories, docs/verhalen.md). Writing checks the draft by
/// <see cref="StoryRules"/> first; the outcomes are stored as their indicator codes, comma-separated.
/// </summary>
public sealed class StoryStore(Database database, TimeProvider? clock = null)
{
    private const string Columns = "id, practice_id, title, body, quote, story_date, indicators, consent_date, updated_at";

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// The newest <paramref name="limit"/> stories of these practices (by the story's date, then the latest added), and how
    /// many they have in all.
    /// </summary>
    public (IReadOnlyList<Story> Newest, int Total) ForPractices(IReadOnlyCollection<long> practiceIds, int limit = int.MaxValue)
    {
        if (practiceIds.Count == 0)
        {
            return ([], 0);
        }
        using var connection = database.Open();
        // Numbers, not text: the list is written into the statement, one parameter per practice would be no safer.
        var ids = string.Join(",", practiceIds.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)));
        var newest = connection.Query($"SELECT {Columns} FROM stories WHERE practice_id IN ({ids}) ORDER BY story_date DESC, id DESC LIMIT @limit",
            Read, null, ("@limit", (long)limit));
        var total = connection.Scalar<long>($"SELECT COUNT(*) FROM stories WHERE practice_id IN ({ids})");
        return (newest, (int)total);
    }

    /// <summary>The story; null when there is none with this number.</summary>
    public Story? Get(long id)
    {
        using var connection = database.Open();
        return connection.Query($"SELECT {Columns} FROM stories WHERE id = @id", Read, null, ("@id", id)).FirstOrDefault();
    }

    /// <summary>Adds the draft as a new story, or, with an <see cref="StoryDraft.Id"/>, replaces that story of the same practice; returns it as stored.</summary>
    /// <exception cref="InvalidFieldsException">A field is not valid; nothing is written.</exception>
    /// <exception cref="ArgumentException">There is no such practice, or no such story of it.</exception>
    internal Story Save(StoryDraft draft)
    {
        var now = _clock.GetLocalNow();
        InvalidFieldsException.ThrowIfAny(StoryRules.Check(draft, DateOnly.FromDateTime(now.DateTime)));
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM practices WHERE id = @id", transaction, ("@id", draft.PracticeId)) == 0)
        {
            throw new ArgumentException($"Er bestaat geen praktijk met nummer {draft.PracticeId}.", nameof(draft));
        }
        var values = new (string, object?)[]
        {
            ("@practice", draft.PracticeId), ("@title", draft.Title.Trim()), ("@body", draft.Text.Trim()),
            ("@quote", string.IsNullOrWhiteSpace(draft.Quote) ? null : draft.Quote.Trim()), ("@date", IsoDate.Format(draft.Date!.Value)),
            ("@indicators", string.Join(",", draft.Outcomes.Distinct())), ("@consent", IsoDate.Format(draft.ConsentDate!.Value)),
            ("@at", now.ToString("O", CultureInfo.InvariantCulture)), ("@id", draft.Id),
        };
        var id = draft.Id is { } existing
            ? connection.Execute(
                """
                UPDATE stories SET title = @title, body = @body, quote = @quote, story_date = @date, indicators = @indicators,
                                   consent_date = @consent, updated_at = @at
                WHERE id = @id AND practice_id = @practice
                """, transaction, values) == 1
                ? existing
                : throw new ArgumentException($"Praktijk {draft.PracticeId} heeft geen verhaal met nummer {existing}.", nameof(draft))
            : Insert(connection, transaction, values);
        var stored = connection.Query($"SELECT {Columns} FROM stories WHERE id = @id", Read, transaction, ("@id", id)).Single();
        transaction.Commit();
        return stored;
    }

    /// <summary>Deletes the story, and with it every word of it; returns whether there was one.</summary>
    internal bool Delete(long id)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM stories WHERE id = @id", null, ("@id", id)) > 0;
    }

    /// <summary>
    /// Gives each demo practice named in <paramref name="stories"/> (by its path, WINKEL/PRAKTIJK) that has no story yet
    /// that story, so the demo shows one on Goede praktijk; they go with the demo sector when it is removed. Returns how many were stored.
    /// </summary>
    internal int SaveForDemoPractices(IReadOnlyDictionary<string, StoryDraft> stories)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var practices = connection.Query(
            """
            SELECT p.id, s.code || '/' || p.code FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            WHERE o.is_demo = 1 AND p.id NOT IN (SELECT practice_id FROM stories) ORDER BY p.id
            """, r => (Id: r.GetInt64(0), Path: r.GetString(1)), transaction);
        var at = _clock.GetLocalNow().ToString("O", CultureInfo.InvariantCulture);
        var stored = 0;
        foreach (var (id, path) in practices)
        {
            if (stories.TryGetValue(path, out var story))
            {
                Insert(connection, transaction,
                [
                    ("@practice", id), ("@title", story.Title), ("@body", story.Text), ("@quote", story.Quote), ("@date", IsoDate.Format(story.Date!.Value)),
                    ("@indicators", string.Join(",", story.Outcomes)), ("@consent", IsoDate.Format(story.ConsentDate!.Value)), ("@at", at),
                ]);
                stored++;
            }
        }
        transaction.Commit();
        return stored;
    }

    private static long Insert(DbConnection connection, DbTransaction transaction, (string, object?)[] values) =>
        connection.Scalar<long>(
            """
            INSERT INTO stories (practice_id, title, body, quote, story_date, indicators, consent_date, updated_at)
            VALUES (@practice, @title, @body, @quote, @date, @indicators, @consent, @at) RETURNING id
            """, transaction, values.Where(v => v.Item1 != "@id").ToArray());

    private static Story Read(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetInt64(1),
        r.GetString(2),
        r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        IsoDate.Parse(r.GetString(5)),
        r.GetString(6).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(IndicatorCatalogue.Parse).OfType<IndicatorCode>().ToList(),
        IsoDate.Parse(r.GetString(7)),
        DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture));
}
