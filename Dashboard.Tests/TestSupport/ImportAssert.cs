using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Tests.TestSupport;

/// <summary>Assertions on an import's outcome that print the whole Dutch report when they fail.</summary>
public static class ImportAssert
{
    public static ImportOutcome Succeeded(ImportOutcome outcome)
    {
        Assert.True(outcome.Succeeded, "expected the import to succeed, but:\n" + Text(outcome));
        Assert.NotNull(outcome.Summary);
        Assert.NotNull(outcome.BatchId);
        return outcome;
    }

    /// <summary>The import was refused: no summary, no batch, at least one problem. Returns the problems.</summary>
    public static IReadOnlyList<ImportProblem> Refused(ImportOutcome outcome)
    {
        Assert.False(outcome.Succeeded, "expected the import to be refused, but it succeeded: " + outcome.Summary?.Description);
        Assert.Null(outcome.BatchId);
        Assert.True(outcome.Report.HasProblems);
        return outcome.Report.Problems;
    }

    /// <summary>The import was refused for exactly one problem, which is returned.</summary>
    public static ImportProblem RefusedFor(ImportOutcome outcome)
    {
        var problems = Refused(outcome);
        Assert.True(problems.Count == 1, $"expected exactly one problem, got {problems.Count}:\n" + Text(outcome));
        return problems[0];
    }

    /// <summary>The whole file was refused before any row was read (row 0, "bestand geweigerd"); returns its message.</summary>
    public static string FileRefused(ImportOutcome outcome)
    {
        var problem = RefusedFor(outcome);
        Assert.Equal(0, problem.Row);
        Assert.Null(problem.Column);
        Assert.Contains(problem.Kind, new[] { ImportRefusedException.FileRefused, ImportProblem.AlreadyImported });
        return problem.Message;
    }

    /// <summary>The one problem of the refused import is at this row and column; returns it.</summary>
    public static ImportProblem RefusedAt(ImportOutcome outcome, int row, string? column)
    {
        var problem = RefusedFor(outcome);
        Assert.True(problem.Row == row && problem.Column == column,
            $"expected the problem at row {row}, column {column ?? "(none)"}, got: {problem}");
        return problem;
    }

    public static string Text(ImportOutcome outcome) => string.Join("\n", outcome.Report.Lines());
}
