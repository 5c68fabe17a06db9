using Dashboard.Data.Storage;

namespace Dashboard.Data.Indicators.Data;

/// <summary>
/// Keeps the <see cref="SectorSnapshot"/> in memory and reads it again only when the data version has
/// moved (an import, undo or removal), so every page's figures start from memory, not from the tables.
/// Beside it, the day totals of the months periods cut through (<see cref="DaysOf"/>).
/// </summary>
public sealed class SnapshotCache(Database database)
{
    /// <summary>A period with its comparisons cuts through at most six months; a dozen serves a few people's periods at once
    /// (some 5 MB each for SPEC's sector).</summary>
    private const int RememberedMonths = 12;

    private readonly Lock _lock = new();
    private (long Version, SectorSnapshot Snapshot)? _current;

    // Most recently used last.
    private readonly List<(DateOnly Month, Lazy<MonthDays> Days)> _months = [];

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
            _months.Clear();
            return snapshot;
        }
    }

    /// <summary>
    /// The day totals of the month that holds <paramref name="day"/>, for figures of <paramref name="snapshot"/>: summed from
    /// the raw rows the first time a period cuts through that month after a change of the data, then kept for the most
    /// recently used months, so that every other filter on the same period adds them up in memory.
    /// </summary>
    public MonthDays DaysOf(SectorSnapshot snapshot, DateOnly day)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        Lazy<MonthDays>? days = null;
        lock (_lock)
        {
            // The months of an older snapshot are not kept: its figures are being replaced.
            if (_current?.Snapshot == snapshot)
            {
                var index = _months.FindIndex(m => m.Month == month);
                if (index >= 0)
                {
                    days = _months[index].Days;
                    _months.RemoveAt(index);
                }
                else
                {
                    // Two requests for a month not read yet may both read it; a failed read is not kept.
                    days = new Lazy<MonthDays>(() => Read(snapshot, month), LazyThreadSafetyMode.PublicationOnly);
                    if (_months.Count >= RememberedMonths)
                    {
                        _months.RemoveAt(0);
                    }
                }
                _months.Add((month, days));
            }
        }
        return days is null ? Read(snapshot, month) : days.Value;
    }

    private MonthDays Read(SectorSnapshot snapshot, DateOnly month)
    {
        using var connection = database.Open();
        return SalesTotalsQuery.Days(connection, month, snapshot.Practices.Select(p => p.Id).ToList());
    }
}
