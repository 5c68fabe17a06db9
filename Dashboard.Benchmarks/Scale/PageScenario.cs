using Dashboard.Data.Figures.Data;
using Dashboard.Data.Figures.Filtering;

namespace Dashboard.Benchmarks.Scale;

/// <summary>A filter someone sets on a page, as docs/prestaties.md#meten and the issue list them.</summary>
public sealed record PageScenario(string Name, IndicatorFilter Filter)
{
    public static readonly Period Year = Period.Year(2025);
    public static readonly Period MidMonth = new(new DateOnly(2025, 3, 15), new DateOnly(2025, 6, 14));

    public static IReadOnlyList<PageScenario> All(SectorSnapshot snapshot)
    {
        var organisation = snapshot.Practices.Select(p => p.OrganisationId).Min();
        return
        [
            new("hele sector, 2025", new IndicatorFilter(Year)),
            new("één organisatie, 2025", new IndicatorFilter(Year) { Organisations = new HashSet<long> { organisation } }),
            new("één soort praktijk (horeca), 2025", new IndicatorFilter(Year) { PracticeKinds = new HashSet<string> { "horeca" } }),
            new("doelgroep arbeidsbeperking, 2025", new IndicatorFilter(Year) { TargetGroups = new HashSet<string> { "arbeidsbeperking" } }),
            new("eigen periode 15-03 t/m 14-06-2025", new IndicatorFilter(MidMonth)),
        ];
    }
}
