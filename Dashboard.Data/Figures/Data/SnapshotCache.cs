using Dashboard.Data.Storage;

namespace Dashboard.Data.Figures.Data;

/// <summary>
/// Keeps the <see cref="SectorSnapshot"/> in memory and reads it again only when the data version has
/// moved (an import, undo or removal), so every page's figures start from memory, not from the tables.
/// Beside it, the day totals of the months periods cut through (<see cref="DaysOf"/>).
/// </summary>
public sealed class SnapshotCache(Database database)
{
    /// <summary>A period with its comparisons cuts through at most six months: room for three such periods at once (some
    /// 5 MB a month for docs/prestaties.md#sectorschaal).</summary>
    private const int RememberedMonths = 18;

    private readonly Lock _lock = new();
    private (long Version, SectorSnapshot Snapshot)? _current;

    // The months read for _current's snapshot, most recently used last; under their own lock, so that figures from memory
    // never wait for a snapshot being read.
    private readonly Lock _monthsLock = new();
    private (long Version, SectorSnapshot Snapshot)? _monthsOf;
    private readonly List<(DateOnly Month, Lazy<(MonthDays Days, long Version)> Entry)> _months = [];

    public SectorSnapshot Get()
    {
        using var connection = database.Open();
        // Most calls find the version unchanged: one query, without a transaction (on PostgreSQL each statement of a
        // transaction is a round trip to the server, and a page asks for some thirty tables).
        (long Version, SectorSnapshot Snapshot)? known;
        lock (_lock)
        {
            known = _current;
        }
        if (known is { } remembered && remembered.Version >= DataVersion.Read(connection, null))
        {
            return remembered.Snapshot;
        }
        // One read transaction: the version and every table are seen as of the same moment (WAL).
        using var transaction = connection.BeginRead();
        var version = DataVersion.Read(connection, transaction);
        lock (_lock)
        {
            // The version only grows: a reader that saw an older one while another read a newer snapshot takes that one.
            if (_current is { } current && current.Version >= version)
            {
                return current.Snapshot;
            }
            var snapshot = SectorSnapshot.Load(connection, transaction).Pack();
            _current = (version, snapshot);
            lock (_monthsLock)
            {
                _monthsOf = _current;
                _months.Clear();
            }
            return snapshot;
        }
    }

    /// <summary>
    /// The day totals of the month that holds <paramref name="day"/>, for figures of <paramref name="snapshot"/>: summed from
    /// sales_daily the first time a period cuts through that month after a change of the data, then kept for the most
    /// recently used months, so that every other filter on the same period adds them up in memory.
    /// </summary>
    public MonthDays DaysOf(SectorSnapshot snapshot, DateOnly day)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        Lazy<(MonthDays Days, long Version)>? entry = null;
        long version = 0;
        lock (_monthsLock)
        {
            // The months of an older snapshot are not kept: its figures are being replaced.
            if (_monthsOf is { } of && of.Snapshot == snapshot)
            {
                (entry, version) = (Remembered(month, snapshot), of.Version);
            }
        }
        if (entry is null)
        {
            return Read(snapshot, month).Days;
        }
        try
        {
            var read = entry.Value;
            if (read.Version != version)
            {
                // Read after the data moved on: newer than the snapshot they go with, so not kept.
                Forget(entry);
            }
            return read.Days;
        }
        catch
        {
            // Not kept: the next request reads the month again.
            Forget(entry);
            throw;
        }
    }

    /// <summary>The month's entry, made the most recently used; a new one, read on first use, when it has none.</summary>
    private Lazy<(MonthDays Days, long Version)> Remembered(DateOnly month, SectorSnapshot snapshot)
    {
        var index = _months.FindIndex(m => m.Month == month);
        Lazy<(MonthDays, long)> entry;
        if (index >= 0)
        {
            entry = _months[index].Entry;
            _months.RemoveAt(index);
        }
        else
        {
            // One read per month however many requests ask for it at once.
            entry = new(() => Read(snapshot, month), LazyThreadSafetyMode.ExecutionAndPublication);
            if (_months.Count >= RememberedMonths)
            {
                _months.RemoveAt(0);
            }
        }
        _months.Add((month, entry));
        return entry;
    }

    private void Forget(Lazy<(MonthDays Days, long Version)> entry)
    {
        lock (_monthsLock)
        {
            _months.RemoveAll(m => m.Entry == entry);
        }
    }

    /// <summary>
    /// Reads a month's day totals in a read transaction of their own, so that SQLite's busy handling applies and the rows
    /// are seen as of one moment, with the data version they are of.
    /// </summary>
    private (MonthDays Days, long Version) Read(SectorSnapshot snapshot, DateOnly month)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginRead();
        var version = DataVersion.Read(connection, transaction);
        return (SalesTotalsQuery.Days(connection, month, snapshot.Practices.Select(p => p.Id).ToHashSet(), transaction), version);
    }
}
