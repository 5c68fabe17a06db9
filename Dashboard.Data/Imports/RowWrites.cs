using System.Data.Common;

namespace Dashboard.Data.Imports;

/// <summary>
/// The statements a keyed import runs per row (insert or update a record, store a participant). SQLite answers
/// in-process: each runs at once. PostgreSQL answers over the network, where a round trip per statement made a sector's
/// trajectories take minutes: they are collected and sent a few hundred at a time in one round trip (a batch), in order,
/// inside the import's transaction. <see cref="Flush"/> before anything that reads the tables written.
/// </summary>
internal sealed class RowWrites(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private const int BatchSize = 500;

    private DbBatch? _batch;

    /// <summary>Runs the command as its parameters are set now, at once or with the next batch.</summary>
    public void Run(DbCommand command)
    {
        if (!connection.CanCreateBatch)
        {
            command.ExecuteNonQuery();
            return;
        }
        _batch ??= NewBatch();
        var copy = _batch.CreateBatchCommand();
        copy.CommandText = command.CommandText;
        foreach (DbParameter parameter in command.Parameters)
        {
            var value = copy.CreateParameter();
            value.ParameterName = parameter.ParameterName;
            value.Value = parameter.Value;
            copy.Parameters.Add(value);
        }
        _batch.BatchCommands.Add(copy);
        if (_batch.BatchCommands.Count >= BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Sends what is collected: afterwards every statement run so far is in the tables.</summary>
    public void Flush()
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            _batch.ExecuteNonQuery();
            _batch.BatchCommands.Clear();
        }
    }

    private DbBatch NewBatch()
    {
        var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        return batch;
    }

    public void Dispose() => _batch?.Dispose();
}
