using System.Data.Common;
using Dashboard.Data.Administration;
using Dashboard.Data.Domain;
using Dashboard.Data.Imports.Parsing;
using Dashboard.Data.Imports.Reports;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>
/// The stored stores and practices, to resolve a row's `winkel` and `praktijk`. Codes are matched like
/// code values (case, spaces, '_' and '-' ignored); an unknown one is a problem that names the nearest.
/// To an importer with a limited scope, a store outside it and one that does not exist are the same problem, and
/// suggestions name only stores in the scope.
/// </summary>
internal sealed class PracticeDirectory(AccessScope scope)
{
    private readonly Dictionary<string, StoreEntry> _stores = [];

    /// <summary>
    /// Store and practice codes as written in the file and what they resolved to: a file names the same few pairs on
    /// row after row, and looking a pair up as written skips normalising both codes again. Only pairs that passed every
    /// check are kept, so a refused pair is refused (and reported) on each of its rows.
    /// </summary>
    private readonly Dictionary<(string Store, string Practice), (StoreEntry Store, PracticeEntry Practice)> _resolved = [];

    /// <summary>Bounds the spellings a file can make up; a real file's pairs fit many times over.</summary>
    private const int ResolvedLimit = 100_000;

    public sealed record PracticeEntry(long Id, string Code);

    public sealed record StoreEntry(long Id, string Code, long OrganisationId, bool IsDemo)
    {
        public Dictionary<string, PracticeEntry> Practices { get; } = [];
    }

    public static PracticeDirectory Load(DbConnection connection, DbTransaction transaction, AccessScope scope)
    {
        var directory = new PracticeDirectory(scope);
        foreach (var (storeId, storeCode, organisationId, demo) in connection.Query(
                     "SELECT s.id, s.code, s.organisation_id, o.is_demo FROM stores s JOIN organisations o ON o.id = s.organisation_id",
                     r => (r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3) == 1), transaction))
        {
            directory._stores[CodeText.Normalize(storeCode)] = new StoreEntry(storeId, storeCode, organisationId, demo);
        }
        var storesById = directory._stores.Values.ToDictionary(s => s.Id);
        foreach (var (practiceId, storeId, code) in connection.Query(
                     "SELECT id, store_id, code FROM practices", r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2)), transaction))
        {
            storesById[storeId].Practices[CodeText.Normalize(code)] = new PracticeEntry(practiceId, code);
        }
        return directory;
    }

    /// <summary>
    /// The row's store and practice, or null after recording a problem. A store of an organisation outside the
    /// scope is refused without naming that organisation; real rows are refused at a demo store: removing the demo
    /// sector would take them along. Every row's organisation is its store's, so checking the store checks the
    /// organisation that keys its participant and certificate.
    /// </summary>
    public (StoreEntry Store, PracticeEntry Practice)? Resolve(RowReader row, ImportColumn storeColumn, ImportColumn practiceColumn, bool demoImport)
    {
        var storeCode = row.Identifier(storeColumn);
        var practiceCode = row.Identifier(practiceColumn);
        if (storeCode is null || practiceCode is null)
        {
            return null;
        }
        if (_resolved.TryGetValue((storeCode, practiceCode), out var resolved))
        {
            return resolved;
        }
        if (!_stores.TryGetValue(CodeText.Normalize(storeCode), out var store) || !scope.Includes(store.OrganisationId))
        {
            var known = _stores.Values.Where(s => scope.Includes(s.OrganisationId)).Select(s => s.Code).ToList();
            var nearest = known.Count == 0 ? null : row.Message("Row.UnknownCode.Suggestion", Nearest(known, storeCode));
            if (scope.AllOrganisations)
            {
                row.Problem(storeColumn, storeCode, "onbekende winkel",
                    row.Message("Store.Unknown", storeCode), nearest);
            }
            else
            {
                // The same words whether the store exists elsewhere or not at all: a scoped user learns no other organisation's codes.
                row.Problem(storeColumn, storeCode, ImportProblem.OutsideScope,
                    row.Message("Store.OutsideScope", storeCode),
                    nearest is null ? row.Message("Store.OutsideScope.Suggestion") : row.Message("Store.OutsideScope.NearestSuggestion", nearest));
            }
            return null;
        }
        if (store.IsDemo && !demoImport)
        {
            row.Problem(storeColumn, storeCode, "demowinkel",
                row.Message("Store.Demo", store.Code),
                row.Message("Store.Demo.Suggestion"));
            return null;
        }
        if (!store.Practices.TryGetValue(CodeText.Normalize(practiceCode), out var practice))
        {
            row.Problem(practiceColumn, practiceCode, "onbekende praktijk",
                row.Message("Practice.Unknown", store.Code, practiceCode, string.Join(", ", store.Practices.Values.Select(p => p.Code))),
                store.Practices.Count == 0 ? null : row.Message("Row.UnknownCode.Suggestion", Nearest(store.Practices.Values.Select(p => p.Code), practiceCode)));
            return null;
        }
        if (_resolved.Count < ResolvedLimit)
        {
            _resolved[(storeCode, practiceCode)] = (store, practice);
        }
        return (store, practice);
    }

    private static string Nearest(IEnumerable<string> codes, string value) => new CodeList("code", codes.ToArray()).Nearest(value);
}
