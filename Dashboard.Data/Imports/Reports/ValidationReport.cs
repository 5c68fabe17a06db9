using System.Globalization;
using Dashboard.Data.Domain;

namespace Dashboard.Data.Imports.Reports;

/// <summary>
/// Every problem found in a file: the first <see cref="DetailLimit"/> in full, the rest counted by column
/// and kind, so a file with an error on every one of a million rows still gives a readable report.
/// Warnings (ignored columns) never stop an import. Everything in it is told in <see cref="Culture"/>: Dutch for the
/// command line, the reader's language on the import page.
/// </summary>
public sealed class ValidationReport(int detailLimit = ValidationReport.DefaultDetailLimit, CultureInfo? culture = null)
{
    public const int DefaultDetailLimit = 100;

    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<(string? Column, string Kind), int> _remaining = [];
    private readonly List<string> _warnings = [];

    public int DetailLimit { get; } = detailLimit;

    /// <summary>The language of the problems, the warnings and the lines: Dutch unless the importer was given another.</summary>
    public CultureInfo Culture { get; } = culture ?? Dutch.Culture;

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

    /// <summary>The report as lines of text in <see cref="Culture"/>, as the command line prints it.</summary>
    public IEnumerable<string> Lines()
    {
        if (HasProblems && _problems.All(p => p.Kind == ImportProblem.StorageFailed))
        {
            yield return ImportTexts.Get("Report.StorageFailed", Culture);
        }
        else if (HasProblems)
        {
            yield return ProblemCount == 1
                ? ImportTexts.Get("Report.RefusedOne", Culture)
                : ImportTexts.Format("Report.RefusedMany", Culture, ProblemCount);
        }
        foreach (var problem in _problems)
        {
            yield return problem.Text(Culture);
        }
        if (_remaining.Count > 0)
        {
            yield return ImportTexts.Format("Report.More", Culture, ProblemCount - _problems.Count);
            foreach (var (column, kind, count) in Remaining)
            {
                yield return column is null
                    ? ImportTexts.Format("Report.MoreOfKind", Culture, count, ImportProblem.KindText(kind, Culture))
                    : ImportTexts.Format("Report.MoreOfKindInColumn", Culture, count, column, ImportProblem.KindText(kind, Culture));
            }
        }
        foreach (var warning in _warnings)
        {
            yield return ImportTexts.Format("Report.Warning", Culture, warning);
        }
    }
}
