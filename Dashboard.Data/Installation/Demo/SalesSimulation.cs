using static Dashboard.Data.Installation.Demo.DemoCodes;

namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// The tills of the demo stores, one day total per practice and category (or one per till report, when a
/// denser sector splits the day over shifts): the shop floor sells most goods, each workshop its own. A
/// day's sales follow the weekday, the season of the category (December high, a summer dip, bicycles in
/// spring), the store's size, price level and trend, and chance. Now and then something is returned (a
/// refund row); some tills do not weigh, some do not count receipts. Rows are produced one at a time, so a
/// large sector is written without holding it in memory.
/// </summary>
internal sealed class SalesSimulation
{
    private static readonly double[] General = [0.88, 0.92, 1.00, 1.04, 1.00, 0.92, 0.78, 0.82, 1.00, 1.05, 1.12, 1.42];
    private static readonly double[] Bicycles = [0.55, 0.65, 1.05, 1.45, 1.55, 1.35, 1.05, 1.00, 1.10, 0.85, 0.65, 0.75];
    private static readonly double[] Toys = [0.85, 0.90, 0.95, 1.00, 0.95, 0.90, 0.78, 0.82, 0.95, 1.05, 1.35, 1.90];
    private static readonly double[] Furniture = [1.05, 0.95, 1.00, 0.95, 0.95, 0.90, 0.95, 1.15, 1.25, 1.00, 0.95, 0.90];
    private static readonly double[] FoodAndDrink = [0.85, 0.90, 1.00, 1.05, 1.10, 1.05, 0.85, 0.85, 1.00, 1.00, 1.05, 1.25];

    /// <summary>The shop floor: shares of its revenue per category.</summary>
    private static readonly SalesLine[] ShopFloor =
    [
        new(Category.KledingTextiel, 0.30, 3.75, 0.45, 2.8, 0.004, General),
        new(Category.Huisraad, 0.18, 2.10, 0.90, 3.0, 0.003, General),
        new(Category.Meubels, 0.16, 32.00, 24.0, 1.1, 0.010, Furniture),
        new(Category.Elektra, 0.10, 11.00, 3.8, 1.3, 0.012, General),
        new(Category.BoekenMedia, 0.08, 1.40, 0.45, 3.5, 0.002, General),
        new(Category.Speelgoed, 0.06, 2.60, 0.70, 2.0, 0.003, Toys),
        new(Category.Fietsen, 0.07, 85.00, 15.5, 1.0, 0.015, Bicycles),
        new(Category.Overig, 0.05, 3.20, 1.10, 1.8, 0.003, General),
    ];

    private readonly IReadOnlyList<DemoStore> _stores;
    private readonly double[][] _categoryLevels;
    private readonly int _seed;
    private readonly int _tillReportsPerDay;

    public SalesSimulation(IReadOnlyList<DemoOrganisation> organisations, int seed, int tillReportsPerDay)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tillReportsPerDay, 1);
        _stores = organisations.SelectMany(o => o.Stores).ToList();
        _seed = seed;
        _tillReportsPerDay = tillReportsPerDay;
        // Each store sells its own mix: one is known for furniture, another for books.
        _categoryLevels = _stores.Select((_, i) =>
        {
            var random = new DemoRandom(DemoRandom.Mix(seed, 7, i));
            return ShopFloor.Select(_ => random.Between(0.75, 1.25)).ToArray();
        }).ToArray();
    }

    /// <summary>The rows of one calendar year within the demo period, by day, store, practice and category.</summary>
    public IEnumerable<SalesRow> Year(int year)
    {
        var randoms = _stores.Select((_, i) => new DemoRandom(DemoRandom.Mix(_seed, 3, i, year))).ToArray();
        var first = DemoPeriod.Latest(new DateOnly(year, 1, 1), DemoPeriod.First);
        var last = DemoPeriod.Earliest(new DateOnly(year, 12, 31), DemoPeriod.Last);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            for (var s = 0; s < _stores.Count; s++)
            {
                foreach (var row in StoreDay(s, day, randoms[s]))
                {
                    yield return row;
                }
            }
        }
    }

    private IEnumerable<SalesRow> StoreDay(int storeIndex, DateOnly day, DemoRandom random)
    {
        var store = _stores[storeIndex];
        if (day < DemoPeriod.Latest(DemoPeriod.First, store.OpensOn) || !ShopCalendar.IsOpen(store, day))
        {
            yield break;
        }
        var busyness = ShopCalendar.Busyness(day) * random.Noise(0.15);
        foreach (var practice in store.Practices)
        {
            var opened = DemoPeriod.Latest(DemoPeriod.Latest(DemoPeriod.First, store.OpensOn), practice.OpensOn);
            if (day < opened)
            {
                continue;
            }
            var level = busyness * Trend(store, practice, opened, day);
            if (practice.Kind == Kind.Winkel)
            {
                var shopDay = (double)store.FloorArea * store.RevenuePerSquareMetre / 300 * level;
                for (var c = 0; c < ShopFloor.Length; c++)
                {
                    var line = ShopFloor[c];
                    if (line.Category == Category.Fietsen && store.Has(Kind.Fietsen))
                    {
                        continue; // bicycles are sold by the workshop
                    }
                    foreach (var row in Rows(store, practice, line, shopDay * line.Revenue * _categoryLevels[storeIndex][c], day, random))
                    {
                        yield return row;
                    }
                }
            }
            else if (PracticeLine(practice.Kind) is { } line)
            {
                foreach (var row in Rows(store, practice, line, line.Revenue * practice.SalesLevel * level, day, random))
                {
                    yield return row;
                }
            }
        }
    }

    /// <summary>The day's row of one category (a row per till report that sold any), and a refund row when something came back.</summary>
    private IEnumerable<SalesRow> Rows(DemoStore store, DemoPractice practice, SalesLine line, double expectedRevenue, DateOnly day,
        DemoRandom random)
    {
        var price = line.Price * store.PriceLevel;
        var expected = expectedRevenue * line.Season[day.Month - 1] / price;
        var items = (int)Math.Round(expected * random.Noise(0.3), MidpointRounding.AwayFromZero);
        if (items <= 0)
        {
            yield break;
        }
        var weighed = line.WeightKg > 0 && practice.WeighsGoods && random.Chance(store.WeighedShare);
        foreach (var reported in TillReports(items, random))
        {
            yield return new SalesRow(day, store.Code, practice.Code, line.Category,
                Cents(reported * price * random.Noise(0.12)),
                practice.GivesItems ? reported : null,
                weighed ? TenthsOfKg(reported * line.WeightKg * random.Noise(0.2)) : null,
                practice.GivesTransactions ? Math.Clamp((int)Math.Round(reported / line.ItemsPerReceipt * random.Noise(0.15)), 1, reported) : null);
        }
        if (random.Chance(line.RefundChance))
        {
            var returned = random.Chance(0.8) ? 1 : 2;
            yield return new SalesRow(day, store.Code, practice.Code, line.Category,
                -Cents(returned * price * random.Noise(0.4)),
                practice.GivesItems ? -returned : null,
                weighed ? -TenthsOfKg(returned * line.WeightKg * random.Noise(0.2)) : null,
                null);
        }
    }

    /// <summary>
    /// The day's items as the till reports count them: all in one, or spread over the shifts (some busier than others),
    /// leaving out a report that sold none of the category. One report draws no chance, so the demo's own rows stay as they were.
    /// </summary>
    private IEnumerable<int> TillReports(int items, DemoRandom random)
    {
        if (_tillReportsPerDay == 1)
        {
            yield return items;
            yield break;
        }
        var weights = new double[_tillReportsPerDay];
        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Noise(0.5);
            total += weights[i];
        }
        // Cumulative rounding, so that the reports add up to exactly the day's items.
        var (share, reportedSoFar) = (0.0, 0);
        for (var i = 0; i < weights.Length; i++)
        {
            share += weights[i] / total;
            var upToHere = i == weights.Length - 1 ? items : (int)Math.Round(items * share, MidpointRounding.AwayFromZero);
            if (upToHere > reportedSoFar)
            {
                yield return upToHere - reportedSoFar;
                reportedSoFar = upToHere;
            }
        }
    }

    /// <summary>The store's growth (or decline) since the start, and a half year of getting known after an opening.</summary>
    private static double Trend(DemoStore store, DemoPractice practice, DateOnly opened, DateOnly day)
    {
        var since = DemoPeriod.Latest(DemoPeriod.First, store.OpensOn);
        var trend = 1 + store.GrowthPerYear * (day.DayNumber - since.DayNumber) / 365.25;
        if (opened > DemoPeriod.First)
        {
            trend *= Math.Min(1, 0.55 + 0.9 * (day.DayNumber - opened.DayNumber) / 365.25);
        }
        return trend;
    }

    private static readonly SalesLine Restaurant = new(Category.Horeca, 520, 4.60, 0, 2.4, 0.001, FoodAndDrink);
    private static readonly SalesLine BicycleWorkshop = new(Category.Fietsen, 420, 115.00, 15.5, 1.0, 0.02, Bicycles);
    private static readonly SalesLine TextileAtelier = new(Category.KledingTextiel, 140, 12.50, 0.5, 1.4, 0.003, General);
    private static readonly SalesLine FurnitureWorkshop = new(Category.Meubels, 320, 70.00, 22.0, 1.05, 0.01, Furniture);
    private static readonly SalesLine RepairBench = new(Category.Elektra, 180, 24.00, 4.2, 1.1, 0.015, General);

    /// <summary>What a practice sells on a typical day in euros; sorting and delivery sell nothing themselves.</summary>
    private static SalesLine? PracticeLine(string kind) => kind switch
    {
        _ when kind == Kind.Horeca => Restaurant,
        _ when kind == Kind.Fietsen => BicycleWorkshop,
        _ when kind == Kind.Textiel => TextileAtelier,
        _ when kind == Kind.Meubels => FurnitureWorkshop,
        _ when kind == Kind.Elektra => RepairBench,
        _ => null,
    };

    private static long Cents(double euros) => Math.Max(1, (long)Math.Round(euros * 100, MidpointRounding.AwayFromZero));

    private static int TenthsOfKg(double kg) => Math.Max(1, (int)Math.Round(kg * 10, MidpointRounding.AwayFromZero));
}
