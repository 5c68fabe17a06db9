namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The money that went into each demo practice per year (docs/importbestanden.md#investeringen): mostly the municipality's,
/// in round amounts, with the company's own means in exact euros and cents, and now and then the UWV, a fund or gifts.
/// A practice costs per work place and year what its kind costs — a restaurant's kitchen and staff more than a textile
/// atelier's sewing machines — so the amounts follow the practice's kind and size. Nothing before a practice opened.
/// </summary>
internal static class InvestmentSimulation
{
    private static readonly string[] Funds = ["Oranje Fonds", "Fonds 1818", "VSBfonds", "Start Foundation", "Kansfonds"];

    public static IEnumerable<DemoInvestment> Run(DemoOrganisation organisation, int seed)
    {
        var random = new DemoRandom(seed);
        foreach (var store in organisation.Stores)
        {
            foreach (var practice in store.Practices)
            {
                var opened = DemoPeriod.Latest(DemoPeriod.Latest(DemoPeriod.First, store.OpensOn), practice.OpensOn);
                var fund = random.PickAny(Funds);
                var withUwv = random.Chance(0.4);
                foreach (var year in DemoPeriod.Years.Where(y => y >= opened.Year))
                {
                    // A practice that opened during the year costs that part of the year.
                    var share = year == opened.Year ? (13 - opened.Month) / 12.0 : 1.0;
                    var total = practice.Capacity * PerPlace(practice.Kind) * share * random.Noise(0.15);
                    var municipality = Euros(total * random.Between(0.45, 0.65), roundTo: 500);
                    yield return new DemoInvestment(store, practice, year, "gemeente", municipality, $"Subsidie participatie gemeente {store.City}");
                    var rest = total - municipality / 100.0;
                    if (withUwv)
                    {
                        var uwv = Euros(rest * random.Between(0.2, 0.4), roundTo: 100);
                        rest -= uwv / 100.0;
                        yield return new DemoInvestment(store, practice, year, "uwv", uwv, "Loonkostensubsidie en jobcoaching");
                    }
                    if (random.Chance(0.3))
                    {
                        var grant = Euros(rest * random.Between(0.3, 0.5), roundTo: 250);
                        rest -= grant / 100.0;
                        yield return new DemoInvestment(store, practice, year, "fonds", grant, fund);
                    }
                    if (random.Chance(0.15))
                    {
                        var gifts = Euros(rest * random.Between(0.05, 0.1), roundTo: 1);
                        rest -= gifts / 100.0;
                        yield return new DemoInvestment(store, practice, year, null, gifts, "Giften en sponsoring");
                    }
                    yield return new DemoInvestment(store, practice, year, "eigen_middelen", Cents(rest), "Eigen bijdrage uit de omzet");
                }
            }
        }
    }

    /// <summary>Euros per work place and year that a practice of the kind costs.</summary>
    private static double PerPlace(string kind) => kind switch
    {
        "horeca" => 3200,
        "winkel" => 1800,
        "sortering" => 2000,
        "fietsen" => 2300,
        "elektra" => 2300,
        "meubels" => 2100,
        "textiel" => 1500,
        _ => 1600,
    };

    /// <summary>Whole euros rounded to a multiple of <paramref name="roundTo"/>, as subsidies and grants are given; at least that multiple.</summary>
    private static long Euros(double euros, int roundTo) =>
        Math.Max(1, (long)Math.Round(euros / roundTo, MidpointRounding.AwayFromZero)) * roundTo * 100;

    private static long Cents(double euros) => Math.Max(100, (long)Math.Round(euros * 100, MidpointRounding.AwayFromZero));
}
