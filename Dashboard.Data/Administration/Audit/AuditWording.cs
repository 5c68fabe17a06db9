using System.Text.RegularExpressions;

namespace Dashboard.Data.Administration.Audit;

/// <summary>
/// One wording of an audit line: its stored key, the action it files under, and the Dutch subject and outcome with
/// named places ({file}) for the values of one line. The Dutch, filled in, is what the log stores and searches; the
/// audit log page shows a line in the reader's language by translating these templates and filling in the same values.
/// </summary>
public sealed partial record AuditWording(string Key, AuditAction Action, string Subject, string Outcome)
{
    /// <summary>The template with every {name} replaced by its value; a name without a value stays as written.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        Place().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);

    /// <summary>The names of the places in a template, in order.</summary>
    public static IEnumerable<string> Places(string template) => Place().Matches(template).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Place();
}
