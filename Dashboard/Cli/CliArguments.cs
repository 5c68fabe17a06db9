namespace Dashboard.Cli;

/// <summary>A command line split into positional words, value options (`--db x`) and flags (`--replace`).</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = [];
    private readonly HashSet<string> _flags = [];

    private CliArguments(List<string> positional) => Positional = positional;

    public IReadOnlyList<string> Positional { get; }

    /// <summary>The option's value; the last one when it was given several times.</summary>
    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Options(string name) => _options.TryGetValue(name, out var values) ? values : [];

    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>Parses, or throws <see cref="UsageException"/> for an unknown option or a missing value.</summary>
    public static CliArguments Parse(IEnumerable<string> words, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var positional = new List<string>();
        var arguments = new CliArguments(positional);
        using var word = words.GetEnumerator();
        while (word.MoveNext())
        {
            var current = word.Current;
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
