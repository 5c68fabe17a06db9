using System.Globalization;
using System.Text.Json;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Administration.Audit;

/// <summary>
/// The audit log: who did what, when, and how it ended. Append only — the database refuses any change
/// or deletion — and never holding participant data: subjects name files, filters, settings and users.
/// </summary>
public sealed class AuditLog(Database database, TimeProvider clock)
{
    /// <summary>The name recorded for what the command line on the server does: the operator's, not a user's.</summary>
    public const string Operator = Actor.CommandLineName;

    /// <summary>
    /// The longest subject or outcome a line keeps: enough for any link a page makes, while a line can never be made
    /// large at will (a download link with kilobytes of made-up filter, a name of any length) — the log cannot shrink.
    /// </summary>
    public const int TextLength = 1_000;

    /// <summary>A line of an action: under the actor's name, in its wording, with the values that fill it.</summary>
    public void Write(Actor actor, AuditLine line) => WriteAs(actor.Name, line);

    /// <summary>A line of signing in or out (the name tried, null for the app itself): in its wording, with the values that fill it.</summary>
    public void WriteAs(string? userName, AuditLine line) => Insert(userName, line.Wording.Action, line.Subject, line.Outcome, line);

    /// <summary>A line as every line was written before wordings — shown as stored, in Dutch: for tests of such older lines.</summary>
    internal void Write(string? userName, AuditAction action, string subject, string outcome) => Insert(userName, action, subject, outcome, null);

    private void Insert(string? userName, AuditAction action, string subject, string outcome, AuditLine? line)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT INTO audit_log (at, user_name, action, subject, outcome, wording, parameters) VALUES (@at, @user, @action, @subject, @outcome, @wording, @parameters)",
            null,
            ("@at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)), ("@user", userName is null ? null : Ellipsis.Shorten(userName, 100)),
            ("@action", action.Key()), ("@subject", Ellipsis.Shorten(subject, TextLength)), ("@outcome", Ellipsis.Shorten(outcome, TextLength)),
            ("@wording", line?.Wording.Key),
            ("@parameters", line is null ? null : JsonSerializer.Serialize(line.Values.ToDictionary(v => v.Key, v => Ellipsis.Shorten(v.Value, TextLength)))));
    }

    public IReadOnlyList<AuditEntry> Read(AuditQuery query)
    {
        using var connection = database.Open();
        var (where, parameters) = Where(query);
        return connection.Query(
            $"SELECT id, at, user_name, action, subject, outcome, wording, parameters FROM audit_log {where} ORDER BY id DESC LIMIT @take OFFSET @skip",
            r => new AuditEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetStringOrNull(2),
                AuditActions.Parse(r.GetString(3)) ?? AuditAction.Gebruiker, r.GetString(4), r.GetString(5))
            {
                Wording = AuditWordings.Find(r.GetStringOrNull(6)),
                Parameters = r.GetStringOrNull(7) is { } json ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) : null,
            },
            null, [.. parameters, ("@take", query.Take), ("@skip", query.Skip)]);
    }

    public int Count(AuditQuery query)
    {
        using var connection = database.Open();
        var (where, parameters) = Where(query);
        return (int)connection.Scalar<long>($"SELECT COUNT(*) FROM audit_log {where}", null, parameters);
    }

    private static (string Where, (string, object?)[] Parameters) Where(AuditQuery query)
    {
        // Times are stored as UTC ISO 8601 text, so a day's bounds compare as text. Only the conditions asked for: a
        // parameter that is null has no type PostgreSQL could compare it as.
        static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string condition, string name, object? value)
        {
            if (value is not null)
            {
                conditions.Add(condition);
                parameters.Add((name, value));
            }
        }
        Add("lower(user_name) = lower(@user)", "@user", string.IsNullOrWhiteSpace(query.UserName) ? null : query.UserName.Trim());
        Add("action = @action", "@action", query.Action?.Key());
        Add("at >= @from", "@from", query.From is { } from ? Day(from) : null);
        Add("at < @through", "@through", query.Through is { } through ? Day(through.AddDays(1)) : null);
        // The text as typed: % and _ are no wildcards.
        Add(@"lower(subject || ' ' || outcome) LIKE '%' || lower(@text) || '%' ESCAPE '\'", "@text",
            string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_"));
        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), [.. parameters]);
    }
}
