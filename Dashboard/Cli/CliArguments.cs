namespace Dashboard.Cli;

/// <summary>A command line split into positional words, value options (`--db x`) and flags (`--replace`).</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = [];
    private readonly HashSet<string> _flags = [];
    private readonly Dictionary<string, string> _spellings = [];
    private readonly List<string> _hints = [];

    private CliArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The option's value; the last one when it was given several times.</summary>
    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The option as the user wrote it: an old spelling when one was used, so a message names what the user typed.</summary>
    public string Spelling(string name) => _spellings.GetValueOrDefault(name, name);

    /// <summary>One line per old spelling used ("--store heet nu --winkel."), for standard error only.</summary>
    public IReadOnlyList<string> Hints => _hints;

    /// <summary>Adds a hint about an old spelling in an option's value.</summary>
    public void Hint(string hint) => _hints.Add(hint);

    /// <summary>
    /// Parses, or throws <see cref="UsageException"/> for an unknown option or a missing value. An option in
    /// <paramref name="renamed"/> (old spelling → name) counts as its new name and leaves a hint.
    /// </summary>
    public static CliArguments Parse(IEnumerable<string> words, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags,
        IReadOnlyDictionary<string, string>? renamed = null)
    {
        var positional = new List<string>();
        var arguments = new CliArguments(positional);
        using var word = words.GetEnumerator();
        while (word.MoveNext())
        {
            var current = word.Current;
            if (renamed is not null && renamed.TryGetValue(current, out var name))
            {
                if (!arguments._spellings.ContainsKey(name))
                {
                    arguments._hints.Add($"{current} heet nu {name}.");
                }
                arguments._spellings[name] = current;
                current = name;
            }
            if (!current.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(current);
            }
            else if (flags.Contains(current))
            {
                arguments._flags.Add(current);
            }
            else if (valueOptions.Contains(current))
            {
                if (!word.MoveNext() || word.Current.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new UsageException($"{current} heeft een waarde nodig.");
                }
                if (!arguments._options.TryGetValue(current, out var values))
                {
                    arguments._options[current] = values = [];
                }
                values.Add(word.Current);
            }
            else
            {
                throw new UsageException($"Onbekende optie {current}.");
            }
        }
        return arguments;
    }
}

/// <summary>Wrong use of the command line: exit code 2 with the usage text.</summary>
public sealed class UsageException(string message) : Exception(message);
