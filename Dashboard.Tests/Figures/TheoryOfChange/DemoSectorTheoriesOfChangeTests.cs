using Dashboard.Data.Figures.TheoryOfChange;
using Dashboard.Tests.Installation.Demo;

namespace Dashboard.Tests.Figures.TheoryOfChange;

/// <summary>The generated demo sector, as a newcomer's first start loads it: every practice page has a theory of change.</summary>
public sealed class DemoSectorTheoriesOfChangeTests(ImportedDemoSector demo) : IClassFixture<ImportedDemoSector>
{
    [Fact]
    public void Every_practice_of_the_demo_sector_has_its_kinds_default_theory_of_change()
    {
        var practices = demo.Installation.Rows("SELECT id, name FROM practices", r => (Id: r.GetInt64(0), Name: r.GetString(1)));
        var store = new TheoryOfChangeStore(demo.Installation.Database);

        Assert.Equal(practices.Count, demo.Installation.Count("theories_of_change"));
        Assert.All(practices, practice => Assert.NotNull(store.Get(practice.Id)));
        Assert.Contains(practices, p => store.Get(p.Id)!.ImpactGoal.StartsWith($"{p.Name} biedt", StringComparison.Ordinal));
    }
}
