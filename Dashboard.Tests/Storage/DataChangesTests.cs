using Dashboard.Data.Storage;

namespace Dashboard.Tests.Storage;

/// <summary>The signal the warm-up waits on: changes told while nobody waits are one wake-up, not many.</summary>
public class DataChangesTests
{
    [Fact]
    public async Task Changes_told_before_the_wait_wake_it_once()
    {
        var changes = new DataChanges();
        changes.Changed();
        changes.Changed();

        Assert.True(await changes.WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None));
        Assert.False(await changes.WaitAsync(TimeSpan.FromMilliseconds(20), CancellationToken.None));
    }

    [Fact]
    public async Task A_change_wakes_a_waiting_reader_before_its_timeout()
    {
        var changes = new DataChanges();
        var waiting = changes.WaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);

        changes.Changed();

        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
