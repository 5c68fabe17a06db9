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

    /// <summary>What the list holds, in Dutch, e.g. "doelgroep".</summary>
    public string Name { get; }

    /// <summary>The canonical codes, in display order.</summary>
    public IReadOnlyList<string> Codes { get; }

    public bool Contains(string code) => _byNormalized.ContainsKey(CodeText.Normalize(code));

    public string? Match(string value) =>
        _byNormalized.TryGetValue(CodeText.Normalize(value), out var code) ? code : null;

    /// <summary>The known code closest to <paramref name="value"/>, a prefix match first.</summary>
    public string Nearest(string value)
    {
        var normalized = CodeText.Normalize(value);
        if (normalized.Length >= 3)
        {
            var prefixed = _byNormalized.FirstOrDefault(p => p.Key.StartsWith(normalized, StringComparison.Ordinal)
                                                            || normalized.StartsWith(p.Key, StringComparison.Ordinal));
            if (prefixed.Value is not null)
            {
                return prefixed.Value;
            }
        }
        return _byNormalized.MinBy(p => CodeText.Distance(normalized, p.Key)).Value;
    }
}
