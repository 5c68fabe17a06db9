using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports;

/// <summary>The result of an import: written (a batch and its summary) or refused (the report says why).</summary>
public sealed record ImportOutcome(ValidationReport Report, ImportSummary? Summary, long? BatchId)
{
    public bool Succeeded => !Report.HasProblems && Summary is not null;

    /// <summary>The database refused to be written (full disk, read-only file): then it cannot take an audit line either.</summary>
    public bool StorageFailed => Report.Problems.Any(p => p.Kind == ImportProblem.StorageFailed);
}
