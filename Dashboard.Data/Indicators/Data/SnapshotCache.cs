using Dashboard.Data.Storage;

namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Keeps the <see cref="SectorSnapshot"/> in memory and reads it again only when the data version has
/// moved (an import, undo or removal), so every page's figures start from memory, not from the tables.
/// </summary>
public sealed class SnapshotCache(Database database)
{
    private readonly Lock _lock = new();
    private (long Version, SectorSnapshot Snapshot)? _current;

    public SectorSnapshot Get()
    {
        using var connection = database.Open();
        // One read transaction: the version and every table are seen as of the same moment (WAL).
        using var transaction = connection.BeginTransaction(deferred: true);
        var version = DataVersion.Read(connection, transaction);
        lock (_lock)
        {
            if (_current is { } current && current.Version == version)
            {
                return current.Snapshot;
            }
            var snapshot = SectorSnapshot.Load(connection, transaction).Pack();
            _current = (version, snapshot);
            return snapshot;
        }
    }
}
