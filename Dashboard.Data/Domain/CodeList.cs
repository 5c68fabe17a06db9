namespace Dashboard.Data.Domain;

/// <summary>
/// A closed list of codes (target group, category, …). Values are matched like headers and stored in
/// their canonical form; an unknown value gets the nearest known code as a suggestion.
/// </summary>
public sealed class CodeList
{
    private readonly Dictionary<string, string> _byNormalized;

    public CodeList(string name, params string[] codes)
    {
        Name = name;
        Codes = codes;
        _byNormalized = codes.ToDictionary(CodeText.Normalize, c => c);
    }

    /// <summary>Another word users write for a code, e.g. "jongeren" for "tot27".</summary>
    public CodeList WithAlias(string alias, string code)
    {
        _byNormalized[CodeText.Normalize(alias)] = Match(code) ?? throw new ArgumentException($"{code} is not a {Name}", nameof(code));
        return this;
    }

    /// <summary>What the list holds, in Dutch, e.g. "doelgroep".</summary>
    public string Name { get; }

    /// <summary>The canonical codes, in display order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _byNormalized.ContainsKey(CodeText.Normalize(code));

    public string? Match(string value) =>
        _byNormalized.TryGetValue(CodeText.Normalize(value), out var code) ? code : null;

    /// <summary>
    /// The known code closest to <paramref name="value"/> by edit distance, where a code that starts with the
    /// value (or the value with it) counts as one edit away: "kleding" suggests "kleding_textiel".
    /// </summary>
    public string Nearest(string value)
    {
        var normalized = CodeText.Normalize(value);
        return _byNormalized
            .Select(p => (Code: p.Value, Distance: CodeText.Distance(normalized, p.Key), Prefix: IsPrefixPair(normalized, p.Key)))
            .OrderBy(c => c.Prefix ? Math.Min(c.Distance, 1) : c.Distance)
            .ThenBy(c => c.Distance)
            .First().Code;
    }

    private static bool IsPrefixPair(string value, string code) =>
        value.Length >= 3 && (code.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(code, StringComparison.Ordinal));
}
