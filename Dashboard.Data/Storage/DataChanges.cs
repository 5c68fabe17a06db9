namespace Dashboard.Data.Storage;

/// <summary>
/// Tells whoever waits in this process that the data changed (an import, undo, erasure or removal just committed), so that
/// the web app's warm-up reads the new figures right away instead of at its next check (Dashboard/Startup/FigureWarmUp.cs).
/// A change made by another process — the command line — is not heard here; the data version in the database is what
/// tells the warm-up of those, when it checks.
/// </summary>
public sealed class DataChanges
{
    // At most one signal waiting: changes made while the warm-up runs are all covered by its next reading.
    private readonly SemaphoreSlim _changed = new(0, 1);

    public void Changed()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A signal is already waiting.
        }
    }

    /// <summary>Waits until a change is told or <paramref name="timeout"/> passes; true for a change.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);
}
