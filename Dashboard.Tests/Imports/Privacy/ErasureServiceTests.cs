using Dashboard.Data;
using Dashboard.Data.Figures.Data;
using Dashboard.Data.Imports;
using Dashboard.Data.Imports.Privacy;
using Dashboard.Data.Installation;
using Dashboard.Data.Storage;
using Dashboard.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Imports.Privacy;

/// <summary>The erasure as the core's registration builds it — the command line's and the web app's alike.</summary>
public sealed class ErasureServiceTests : IDisposable
{
    private readonly TestInstallation _install = new();

    public ErasureServiceTests() => ErasureSector.Import(_install);

    [Fact]
    public void Recomputes_the_figures_before_it_answers_as_its_message_says()
    {
        using var core = new ServiceCollection()
            .AddImpactCore(new InstallationFiles(_install.Database.Path, _install.KeyFile), ImportLimits.Default, _install.Clock).BuildServiceProvider();
        var figures = core.GetRequiredService<SnapshotCache>();
        var before = figures.Get().Trajectories.Count;

        var outcome = core.GetRequiredService<ErasureService>().Erase(Data.Administration.Actor.CommandLine, StandardStores.AanDeMaas, ErasureSector.Erased);
        // A change behind the data version's back: figures read only now would see it, figures read at the erasure do not.
        _install.Query<long>("DELETE FROM trajectories WHERE id = (SELECT MIN(id) FROM trajectories) RETURNING id");

        Assert.EndsWith("Alle cijfers zijn zonder deze deelnemer herberekend.", outcome.Message);
        Assert.Equal(before - 2, figures.Get().Trajectories.Count);
    }

    public void Dispose() => _install.Dispose();
}
