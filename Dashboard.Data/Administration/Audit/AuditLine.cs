namespace Dashboard.Data.Administration.Audit;

/// <summary>An audit line as an action service writes it: a wording and the values that fill its places.</summary>
public sealed record AuditLine(AuditWording Wording, IReadOnlyDictionary<string, string> Values)
{
    public AuditLine(AuditWording wording, params (string Name, object? Value)[] values)
        : this(wording, values.ToDictionary(v => v.Name, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))
    {
    }

    /// <summary>The subject in Dutch, as stored.</summary>
    public string Subject => AuditWording.Fill(Wording.Subject, Values);

    /// <summary>The outcome in Dutch, as stored.</summary>
    public string Outcome => AuditWording.Fill(Wording.Outcome, Values);
}
