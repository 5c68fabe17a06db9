using System.Data.Common;
using Dashboard.Data.Administration;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Imports.Reading;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Operations;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>
/// Imports one file of any kind, all or nothing (docs/importbestanden.md#algemene-regels): the file is streamed row by row inside one
/// transaction; rows are written while no problem has been found and only checked after the first; at
/// the end the transaction is committed when the file is clean and rolled back otherwise — so a bad row
/// 5,000 leaves every table as it was. Progress is reported and cancellation honoured between rows. A database that
/// refuses to be written (full disk, read-only file) refuses the import the same way, with what to do about it. A file
/// beyond the <see cref="ImportLimits"/> is refused as soon as its reader meets the limit, also halfway.
/// </summary>
/// <param name="recordKeys">Where new records' keys come from (docs/privacy-en-toegang.md#afwijkingen-tegen-aftrekken): unpredictable unless a test seeds them; the demo sector's files always draw from a generator seeded by the file's name.</param>
public sealed class Importer(Database database, string keyFilePath, TimeProvider clock, ImportLimits limits, RecordKeys? recordKeys = null)
{
    private const int ProgressInterval = 10_000;

    private readonly RecordKeys _recordKeys = recordKeys ?? RecordKeys.Secure();

    /// <summary>One import writes at a time: others wait their turn (cancellable) instead of interleaving or timing out on SQLite's lock.</summary>
    private readonly SemaphoreSlim _turn = new(1, 1);

    internal ImportOutcome Import(ImportRequest request, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default, int reportDetailLimit = ValidationReport.DefaultDetailLimit)
    {
        var report = new ValidationReport(reportDetailLimit, request.Culture);
        try
        {
            return Run(request, report, progress, cancellationToken);
        }
        catch (ImportRefusedException refused)
        {
            report.Add(new ImportProblem(0, null, null, refused.Kind, refused.MessageIn(report.Culture)));
            return new ImportOutcome(report, null, null);
        }
        catch (DbException failed) when (StorageFailure.Describe(failed, database.Path, report.Culture) is { } message)
        {
            // The transaction was rolled back when its connection closed (or by the database itself): nothing was written.
            report.Add(new ImportProblem(0, null, null, ImportProblem.StorageFailed, message));
            return new ImportOutcome(report, null, null);
        }
    }

    private ImportOutcome Run(ImportRequest request, ValidationReport report, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (request.Replace && !request.Kind.AllowsReplace())
        {
            throw new ImportRefusedException(new ImportText("File.NoReplaceForStores"));
        }
        if (request.Scope is { AllOrganisations: false, Organisations.Count: 0 })
        {
            throw new ImportRefusedException(new ImportText("File.NoOrganisation"));
        }
        progress?.Report(new ImportProgress(ImportPhase.Inspecting, 0, 0));
        var file = FileInspector.Inspect(request.FilePath, cancellationToken);
        using var source = IRowSource.Open(file, limits);
        if (ImportLayouts.Guess(source.Headers) is { } other && other != request.Kind)
        {
            throw new ImportRefusedException(new ImportText("File.OtherKind", other.FileWord(), request.Kind.FileWord(), other.Name()));
        }
        var headers = HeaderMap.Match(source.Headers, ImportLayouts.Columns(request.Kind), report);
        if (report.HasProblems)
        {
            return new ImportOutcome(report, null, null);
        }

        if (!_turn.Wait(0, cancellationToken))
        {
            progress?.Report(new ImportProgress(ImportPhase.Waiting, 0, 0));
            _turn.Wait(cancellationToken);
        }
        try
        {
            return Write(request, report, file, source, headers, progress, cancellationToken);
        }
        finally
        {
            _turn.Release();
        }
    }

    private ImportOutcome Write(ImportRequest request, ValidationReport report, InspectedFile file, IRowSource source, HeaderMap headers,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        // A large sales import builds an index over all its rows at once (SalesIndexes): let SQLite's sort spill to a
        // temporary file beyond the cache size instead of holding every row in memory. Set before the transaction begins,
        // where SQLite may refuse to change it.
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            connection.Execute("PRAGMA temp_store = FILE;");
        }
        using var transaction = connection.BeginDataWrite();
        if (request.Kind == ImportKind.Verkopen)
        {
            RefuseWhenImportedBefore(connection, transaction, file.Sha256, request.Scope);
        }
        var started = DashboardMetrics.Start();
        var now = clock.GetLocalNow();
        var batchId = connection.Scalar<long>(
            """
            INSERT INTO import_batches (kind, file_name, sha256, replace, imported_at, imported_by, is_demo)
            VALUES (@kind, @file, @sha, @replace, @at, @by, @demo) RETURNING id
            """, transaction,
            ("@kind", request.Kind.Name()), ("@file", request.DisplayName), ("@sha", file.Sha256), ("@replace", request.Replace ? 1 : 0),
            ("@at", now.ToString("O")), ("@by", request.ImportedBy), ("@demo", request.IsDemo ? 1 : 0));
        var context = new ImportContext(connection, transaction, batchId, request, file, DateOnly.FromDateTime(now.DateTime), report, keyFilePath,
            request.IsDemo ? RecordKeys.SeededByName(request.DisplayName) : _recordKeys);

        using var import = ImportLayouts.Create(request.Kind, context);
        var row = new RowReader(source, headers, report);
        var rows = 0;
        while (source.Read())
        {
            if (row.BeginRow(source.Headers.Count))
            {
                import.Row(row);
            }
            rows++;
            if (rows % ProgressInterval == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report(new ImportProgress(ImportPhase.Checking, rows, context.Writing ? rows : 0));
            }
        }
        if (rows == 0)
        {
            report.Add(new ImportProblem(0, null, null, "geen rijen", ImportTexts.Get("Row.NoRows", report.Culture)));
        }
        progress?.Report(new ImportProgress(ImportPhase.Finishing, rows, context.Writing ? rows : 0));
        var summary = import.Complete(rows);
        cancellationToken.ThrowIfCancellationRequested();
        if (report.HasProblems)
        {
            transaction.Rollback();
            return new ImportOutcome(report, null, null);
        }
        connection.Execute("UPDATE import_batches SET row_count = @rows, summary = @summary WHERE id = @id", transaction,
            ("@rows", rows), ("@summary", summary.Description), ("@id", batchId));
        if (request.DryRun)
        {
            transaction.Rollback();
        }
        else
        {
            DataVersion.Bump(connection, transaction);
            transaction.Commit();
            DashboardMetrics.Imported(rows, DashboardMetrics.Since(started));
        }
        progress?.Report(new ImportProgress(ImportPhase.Done, rows, rows));
        return new ImportOutcome(report, summary, request.DryRun ? null : batchId);
    }

    /// <summary>
    /// Identical bytes imported before (and not undone) would count every sale twice (docs/importbestanden.md#verkopen). An earlier import
    /// outside a scoped importer's organisations is not named: the same bytes hold the same rows, which the row
    /// checks then refuse as outside the scope.
    /// </summary>
    private static void RefuseWhenImportedBefore(DbConnection connection, DbTransaction transaction, string sha256, AccessScope scope)
    {
        var earlier = connection.Query(
            "SELECT id, file_name, imported_at FROM import_batches WHERE kind = 'verkopen' AND sha256 = @sha AND undone_at IS NULL",
            r => (Id: r.GetInt64(0), File: r.GetString(1), At: DateTimeOffset.Parse(r.GetString(2), System.Globalization.CultureInfo.InvariantCulture)),
            transaction, ("@sha", sha256)).FirstOrDefault(b => BatchOrganisations.Within(connection, transaction, b.Id, scope));
        if (earlier.File is not null)
        {
            throw new ImportRefusedException(
                new ImportText("File.AlreadyImported", earlier.Id, earlier.File, earlier.At.ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
                ImportProblem.AlreadyImported);
        }
    }
}
