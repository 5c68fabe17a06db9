using Microsoft.Data.Sqlite;

namespace Dashboard.Tests.Storage;

/// <summary>
/// What a sales import changes, read straight from a database file on a connection of its own: counts and
/// sums of the sales, their monthly and daily aggregates, ranges and replaced rows, and every import batch except the
/// moment it was made. Two files with equal fingerprints hold the same figures.
/// </summary>
public static class DatabaseState
{
    public static IReadOnlyList<string> Fingerprint(string databaseFile) => Read<IReadOnlyList<string>>(databaseFile, connection =>
    [
        .. Lines(connection, "SELECT 'sales', COUNT(*), SUM(revenue_cents), SUM(items), SUM(weight_g), SUM(transactions), MIN(sale_date), MAX(sale_date), COUNT(DISTINCT batch_id) FROM sales"),
        .. Lines(connection, "SELECT 'sales_monthly', COUNT(*), SUM(revenue_cents), SUM(items), SUM(weight_g), SUM(items_without_weight), SUM(revenue_cents_with_transactions), SUM(transactions), SUM(row_count) FROM sales_monthly"),
        .. Lines(connection, "SELECT 'sales_daily', COUNT(*), SUM(length(days)) FROM sales_daily"),
        .. Lines(connection, "SELECT 'sales_batch_ranges', COUNT(*), SUM(row_count) FROM sales_batch_ranges"),
        .. Lines(connection, "SELECT 'replaced_sales', COUNT(*) FROM replaced_sales"),
        .. Lines(connection, "SELECT 'import_batches', id, kind, file_name, sha256, replace, row_count, summary, undone_at FROM import_batches ORDER BY id"),
    ]);

    /// <summary>PRAGMA integrity_check's answer: "ok", or the damage it found.</summary>
    public static string IntegrityCheck(string databaseFile) =>
        Read(databaseFile, connection => string.Join("\n", Lines(connection, "PRAGMA integrity_check")));

    private static T Read<T>(string databaseFile, Func<SqliteConnection, T> read)
    {
        // Not pooled: the file must be free again for the next copy, kill or comparison.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        return read(connection);
    }

    private static List<string> Lines(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }
        return lines;
    }
}
