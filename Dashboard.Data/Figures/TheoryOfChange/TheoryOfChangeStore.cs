using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Data.Domain;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Figures.TheoryOfChange;

/// <summary>
/// Reads and saves the theory of change of each practice (table theories_of_change: one JSON document per
/// practice). Saving validates and tidies: texts trimmed, target groups in their canonical code, each once.
/// </summary>
public sealed class TheoryOfChangeStore(Database database, TimeProvider? clock = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The practice's theory of change; null when it has none.</summary>
    public PracticeTheoryOfChange? Get(long practiceId)
    {
        using var connection = database.Open();
        var rows = connection.Query("SELECT content, updated_at FROM theories_of_change WHERE practice_id = @practice",
            r => (Content: r.GetString(0), UpdatedAt: r.GetString(1)), null, ("@practice", practiceId));
        return rows.Count == 0 ? null : FromDocument(practiceId, rows[0].Content, rows[0].UpdatedAt);
    }

    /// <summary>Stores the theory of change of its practice, replacing the one it had; returns it as stored.</summary>
    /// <exception cref="ArgumentException">It is not valid; the message says why, in Dutch.</exception>
    internal PracticeTheoryOfChange Save(PracticeTheoryOfChange theory)
    {
        var tidy = Tidy(theory);
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        if (connection.Scalar<long>("SELECT COUNT(*) FROM practices WHERE id = @id", transaction, ("@id", tidy.PracticeId)) == 0)
        {
            throw new ArgumentException($"Er bestaat geen praktijk met nummer {tidy.PracticeId}.", nameof(theory));
        }
        var updatedAt = _clock.GetLocalNow();
        Upsert(connection, transaction, tidy, updatedAt);
        transaction.Commit();
        return tidy with { UpdatedAt = updatedAt };
    }

    /// <summary>Removes the practice's theory of change; returns whether it had one.</summary>
    internal bool Delete(long practiceId)
    {
        using var connection = database.Open();
        return connection.Execute("DELETE FROM theories_of_change WHERE practice_id = @practice", null, ("@practice", practiceId)) > 0;
    }

    /// <summary>
    /// Gives every practice of the demo organisations that has no theory of change yet the default one for its
    /// kind, so the demo shows a complete practice page; real practices start without one. Returns how many were stored.
    /// </summary>
    public int SaveDefaultsForDemoPractices()
    {
        using var connection = database.Open();
        using var transaction = connection.BeginWrite();
        var practices = connection.Query(
            """
            SELECT p.id, p.code, p.name, p.kind, s.id, s.code, s.name, s.city, s.floor_area_m2, o.id, o.name
            FROM practices p JOIN stores s ON s.id = p.store_id JOIN organisations o ON o.id = s.organisation_id
            WHERE o.is_demo = 1 AND p.id NOT IN (SELECT practice_id FROM theories_of_change)
            ORDER BY p.id
            """,
            r => new PracticeInfo(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5),
                r.GetString(6), r.GetStringOrNull(7), r.IsDBNull(8) ? null : (decimal)r.GetDouble(8), r.GetInt64(9), r.GetString(10)),
            transaction);
        var updatedAt = _clock.GetLocalNow();
        foreach (var practice in practices)
        {
            Upsert(connection, transaction, Tidy(TheoryOfChangeDefaults.For(practice)), updatedAt);
        }
        transaction.Commit();
        return practices.Count;
    }

    private static void Upsert(DbConnection connection, DbTransaction transaction, PracticeTheoryOfChange theory, DateTimeOffset updatedAt)
    {
        var document = new TheoryOfChangeDocument(theory.ImpactGoal, theory.TargetGroups, theory.Stakeholders, theory.Activities,
            theory.Outputs, theory.Outcomes, theory.Impact);
        connection.Execute(
            """
            INSERT INTO theories_of_change (practice_id, content, updated_at) VALUES (@practice, @content, @at)
            ON CONFLICT (practice_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at
            """,
            transaction, ("@practice", theory.PracticeId), ("@content", JsonSerializer.Serialize(document, Json)),
            ("@at", updatedAt.ToString("O")));
    }

    private static PracticeTheoryOfChange FromDocument(long practiceId, string content, string updatedAt)
    {
        var document = JsonSerializer.Deserialize<TheoryOfChangeDocument>(content, Json)
                       ?? throw new InvalidDataException($"De veranderingstheorie van praktijk {practiceId} is leeg opgeslagen.");
        return new PracticeTheoryOfChange(
            practiceId,
            document.ImpactGoal,
            document.TargetGroups ?? [],
            document.Stakeholders ?? [],
            document.Activities ?? [],
            (document.Outputs ?? []).Select(o => o with { Indicators = o.Indicators ?? [] }).ToList(),
            (document.Outcomes ?? []).Select(o => o with { Indicators = o.Indicators ?? [] }).ToList(),
            document.Impact ?? "")
        {
            UpdatedAt = DateTimeOffset.Parse(updatedAt, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static PracticeTheoryOfChange Tidy(PracticeTheoryOfChange theory)
    {
        var impactGoal = theory.ImpactGoal?.Trim();
        if (string.IsNullOrEmpty(impactGoal))
        {
            throw new ArgumentException("Vul het impactdoel in: wat wil deze goede praktijk bereiken, en voor wie?", nameof(theory));
        }
        var targetGroups = new List<string>();
        foreach (var value in theory.TargetGroups)
        {
            var code = Codes.TargetGroups.Match(value ?? "")
                       ?? throw new ArgumentException(
                           $"Onbekende doelgroep '{value}'; bedoelt u '{Codes.TargetGroups.Nearest(value ?? "")}'? "
                           + $"Bekend: {string.Join(", ", Codes.TargetGroups.Codes)}.", nameof(theory));
            if (!targetGroups.Contains(code))
            {
                targetGroups.Add(code);
            }
        }
        var stakeholders = theory.Stakeholders.Select(s => string.IsNullOrWhiteSpace(s.Name)
                ? throw new ArgumentException("Elke belanghebbende heeft een naam nodig.", nameof(theory))
                : new Stakeholder(s.Name.Trim(), s.Contributes?.Trim() ?? "", s.Gains?.Trim() ?? ""))
            .ToList();
        var activities = theory.Activities.Select(a => string.IsNullOrWhiteSpace(a)
                ? throw new ArgumentException("Een activiteit mag niet leeg zijn.", nameof(theory))
                : a.Trim())
            .ToList();
        return new PracticeTheoryOfChange(theory.PracticeId, impactGoal, targetGroups, stakeholders, activities,
            Statements(theory.Outputs, "output"), Statements(theory.Outcomes, "outcome"), theory.Impact?.Trim() ?? "");
    }

    private static List<LinkedStatement> Statements(IReadOnlyList<LinkedStatement> statements, string what) =>
        statements.Select(s =>
        {
            if (string.IsNullOrWhiteSpace(s.Text))
            {
                throw new ArgumentException($"Een {what} mag niet leeg zijn: beschrijf in een zin wat er gebeurt.", "theory");
            }
            var indicators = s.Indicators ?? [];
            foreach (var code in indicators.Where(code => !Enum.IsDefined(code)))
            {
                throw new ArgumentException($"Onbekende indicator '{code}' bij {what} '{s.Text.Trim()}'.", "theory");
            }
            return new LinkedStatement(s.Text.Trim(), indicators.Distinct().ToList());
        }).ToList();
}
