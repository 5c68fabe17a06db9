using System.Data.Common;
using Dashboard.Data.Administration;
using Dashboard.Data.Storage;

namespace Dashboard.Data.Imports;

/// <summary>
/// The organisations an import batch wrote for, derived from what is stored — a batch records none itself: a sales
/// batch's from its ranges' practices (kept after undo and replace), a trajectory, certificate, investment or follow-up batch's
/// from the rows that still carry it (a re-import or replace moves or removes them), a `winkels` batch's from nothing.
/// A batch lies within a scope when it has such an organisation and every one is in the scope; what cannot be
/// told is not within a limited scope.
/// </summary>
internal static class BatchOrganisations
{
    /// <summary>(batch_id, organisation_id) of every batch that can tell.</summary>
    private const string Pairs =
        """
        SELECT r.batch_id AS batch_id, s.organisation_id AS organisation_id
        FROM sales_batch_ranges r JOIN practices p ON p.id = r.practice_id JOIN stores s ON s.id = p.store_id
        UNION SELECT batch_id, organisation_id FROM trajectories
        UNION SELECT batch_id, organisation_id FROM certificates
        UNION SELECT i.batch_id, s.organisation_id FROM investments i JOIN practices p ON p.id = i.practice_id JOIN stores s ON s.id = p.store_id
        UNION SELECT f.batch_id, s.organisation_id FROM follow_ups f JOIN practices p ON p.id = f.practice_id JOIN stores s ON s.id = p.store_id
        """;

    public static bool Within(DbConnection connection, DbTransaction? transaction, long batchId, AccessScope scope)
    {
        if (scope.AllOrganisations)
        {
            return true;
        }
        var organisations = connection.Query($"SELECT organisation_id FROM ({Pairs}) AS pairs WHERE batch_id = @batch", r => r.GetInt64(0), transaction, ("@batch", batchId));
        return organisations.Count > 0 && organisations.All(scope.Includes);
    }

    /// <summary>The ids of the batches within a limited scope, in one pass over the stored rows.</summary>
    public static HashSet<long> Within(DbConnection connection, AccessScope scope)
    {
        var organisations = new Dictionary<long, bool>();
        foreach (var (batch, organisation) in connection.Query(Pairs, r => (r.GetInt64(0), r.GetInt64(1))))
        {
            organisations[batch] = organisations.GetValueOrDefault(batch, true) && scope.Includes(organisation);
        }
        return organisations.Where(b => b.Value).Select(b => b.Key).ToHashSet();
    }
}
