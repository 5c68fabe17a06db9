using Dashboard.Data.Domain;

namespace Dashboard.Data.Import.Validation;

/// <summary>
/// Every problem found in a file: the first <see cref="DetailLimit"/> in full, the rest counted by column
/// and kind, so a file with an error on every one of a million rows still gives a readable report.
/// Warnings (ignored columns) never stop an import.
/// </summary>
public sealed class ValidationReport(int detailLimit = ValidationReport.DefaultDetailLimit)
{
    public const int DefaultDetailLimit = 100;

    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<(string? Column, string Kind), int> _remaining = [];
    private readonly List<string> _warnings = [];

    public int DetailLimit { get; } = detailLimit;

    /// <summary>The problems in file order, at most <see cref="DetailLimit"/>.</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems;

    public int ProblemCount { get; private set; }

    public bool HasProblems => ProblemCount > 0;

    /// <summary>The problems beyond the first <see cref="DetailLimit"/>, counted per column and kind.</summary>
    public IReadOnlyList<(string? Column, string Kind, int Count)> Remaining =>
        _remaining.Select(p => (p.Key.Column, p.Key.Kind, p.Value)).OrderByDescending(p => p.Value).ToList();

    public IReadOnlyList<string> Warnings => _warnings;

    public void Add(ImportProblem problem)
    {
        ProblemCount++;
        if (_problems.Count < DetailLimit)
        {
            _problems.Add(problem);
            return;
        }
        var key = (problem.Column, problem.Kind);
        _remaining[key] = _remaining.GetValueOrDefault(key) + 1;
    }

    public void Warn(string warning) => _warnings.Add(warning);

    /// <summary>The report as lines of Dutch text, as the command line prints it.</summary>
    public IEnumerable<string> Lines()
    {
        if (HasProblems && _problems.All(p => p.Kind == ImportProblem.StorageFailed))
        {
            yield return "De import is niet gelukt: de database kon niet worden geschreven. Er is niets veranderd.";
        }
        else if (HasProblems)
        {
            yield return ProblemCount == 1
                ? "Het bestand is geweigerd: er is 1 probleem gevonden. Er is niets veranderd."
                : $"Het bestand is geweigerd: er zijn {Dutch.Number(ProblemCount)} problemen gevonden. Er is niets veranderd.";
        }
        foreach (var problem in _problems)
        {
            yield return problem.ToString();
        }
        if (_remaining.Count > 0)
        {
            yield return $"… en nog {Dutch.Number(ProblemCount - _problems.Count)} problemen:";
            foreach (var (column, kind, count) in Remaining)
            {
                yield return $"  {Dutch.Number(count)} × {(column is null ? "" : $"kolom {column}: ")}{kind}";
            }
        }
        foreach (var warning in _warnings)
        {
            yield return "Let op: " + warning;
        }
    }
}
