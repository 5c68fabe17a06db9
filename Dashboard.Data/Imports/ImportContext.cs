using System.Data.Common;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;

namespace Dashboard.Data.Imports;

/// <summary>What one import's kind-specific code works with: the open transaction, its batch, the report.</summary>
internal sealed class ImportContext(
    DbConnection connection,
    DbTransaction transaction,
    long batchId,
    ImportRequest request,
    InspectedFile file,
    DateOnly today,
    ValidationReport report,
    string keyFilePath,
    RecordKeys recordKeys)
{
    private PracticeDirectory? _practices;
    private ParticipantKey? _key;

    public DbConnection Connection => connection;
    public DbTransaction Transaction => transaction;
    public long BatchId => batchId;
    public ImportRequest Request => request;
    public bool Replace => request.Replace;

    /// <summary>A text of <see cref="ImportTexts"/> in the report's culture.</summary>
    public string Message(string key, params object?[] arguments) => ImportTexts.Format(key, report.Culture, arguments);

    /// <summary>The file being imported, as <see cref="FileInspector"/> found it.</summary>
    public InspectedFile File => file;

    /// <summary>The day of import: no end date, certificate or sale may lie after it.</summary>
    public DateOnly Today => today;

    public ValidationReport Report => report;

    /// <summary>Rows are written only while the file has no problem; after the first, they are only checked.</summary>
    public bool Writing => !report.HasProblems;

    public PracticeDirectory Practices => _practices ??= PracticeDirectory.Load(connection, transaction, request.Scope);

    public ParticipantKey ParticipantKey => _key ??= ParticipantKey.ForImport(keyFilePath, connection, transaction);

    /// <summary>Where the keys of records stored for the first time come from.</summary>
    public RecordKeys RecordKeys => recordKeys;

    public DbCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
