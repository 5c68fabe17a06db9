using Dashboard.Data.Imports.Parsing;

namespace Dashboard.Data.Imports;

/// <summary>
/// The kind-specific part of an import: check and write one row at a time, then finish with what needs
/// the whole file (cross-row checks, replace, aggregates). The <see cref="Importer"/> does the rest.
/// </summary>
internal abstract class FileImport(ImportContext context) : IDisposable
{
    protected ImportContext Context { get; } = context;

    /// <summary>Checks the current row and, while the file has no problem, writes it.</summary>
    public abstract void Row(RowReader row);

    /// <summary>Cross-row checks and the writes that need the whole file; returns what was done.</summary>
    public abstract ImportSummary Complete(int rows);

    public virtual void Dispose()
    {
    }

    /// <summary>Refuses a participant code of exactly nine digits: it cannot be told apart from a BSN (docs/importbestanden.md#algemene-regels).</summary>
    protected string? ParticipantCode(RowReader row, ImportColumn column)
    {
        var code = row.Identifier(column);
        if (code is null)
        {
            return null;
        }
        var characters = code.Where(char.IsLetterOrDigit).ToArray();
        if (characters.Length == 9 && characters.All(char.IsAsciiDigit))
        {
            row.Problem(column, row.Message("Participant.Hidden"), "mogelijk BSN",
                row.Message("Participant.NineDigits"), row.Message("Participant.NineDigits.Suggestion"));
            return null;
        }
        if (row.IsNumberCell(column) && Context.Message("Participant.NumberCells") is var warning && !Context.Report.Warnings.Contains(warning))
        {
            Context.Report.Warn(warning);
        }
        return code;
    }
}
