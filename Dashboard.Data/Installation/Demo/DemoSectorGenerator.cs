namespace Dashboard.Data.Installation.Demo;

/// <summary>
/// Writes the fictional demo sector (docs/installatie-en-beheer.md#demosector) as the import files a real installation receives: the stores,
/// the participants' trajectories, their certificates, a year of sales per file, the money invested in each practice and the follow-up
/// calls to those who left, in the mix of formats docs/importbestanden.md#algemene-regels accepts. The same seed, scale and density always give the same rows; scale n is the sector n times
/// over and a density above <see cref="DemoDensity.Demo"/> gives each store more sales rows and more people, for benchmarks.
/// </summary>
public static class DemoSectorGenerator
{
    public const int DefaultSeed = 2023;

    /// <summary>
    /// Writes the demo files into <paramref name="folder"/> (created if missing); returns the paths written, in
    /// import order (winkels first, then deelnemers, certificaten, verkopen, investeringen, nametingen). Each name starts with its kind.
    /// </summary>
    public static IReadOnlyList<string> Write(string folder, int scale = 1, int seed = DefaultSeed, DemoDensity? density = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        density ??= DemoDensity.Demo;
        Directory.CreateDirectory(folder);
        var organisations = DemoSector.Organisations(scale, density.PlaceFactor);
        var paths = new List<string>();

        var stores = Path.Combine(folder, "winkels.csv");
        StoreFileWriter.Write(stores, organisations);
        paths.Add(stores);

        var participants = organisations
            .Select((organisation, i) => TrajectorySimulation.Run(organisation, DemoRandom.Mix(seed, 1, i)))
            .ToList();
        var trajectories = Path.Combine(folder, "deelnemers.csv");
        TrajectoryFileWriter.Write(trajectories, participants);
        paths.Add(trajectories);

        var certificates = Path.Combine(folder, "certificaten.xlsx");
        CertificateWorkbookWriter.Write(certificates, participants);
        paths.Add(certificates);

        var sales = new SalesSimulation(organisations, seed, density.TillReportsPerDay);
        foreach (var year in DemoPeriod.Years)
        {
            var path = Path.Combine(folder, $"verkopen-{year}.csv");
            SalesFileWriter.Write(path, sales.Year(year), SalesFormat(year));
            paths.Add(path);
        }

        var investments = Path.Combine(folder, "investeringen.csv");
        InvestmentFileWriter.Write(investments, organisations.SelectMany((organisation, i) => InvestmentSimulation.Run(organisation, DemoRandom.Mix(seed, 3, i))));
        paths.Add(investments);

        var followUps = Path.Combine(folder, "nametingen.csv");
        FollowUpFileWriter.Write(followUps, participants.SelectMany((records, i) => FollowUpSimulation.Run(records, DemoRandom.Mix(seed, 4, i))));
        paths.Add(followUps);
        return paths;
    }

    /// <summary>
    /// The till export changed format over the years, as they do: Dutch Excel (';', decimal comma) in odd
    /// years, a UTF-8 export with ISO dates in even ones.
    /// </summary>
    private static DemoCsvFormat SalesFormat(int year) => year switch
    {
        2023 => DemoCsvFormat.DutchExcel("d-M-yyyy", thousandsSeparator: true),
        2024 => DemoCsvFormat.Utf8("yyyy-MM-dd", byteOrderMark: false),
        2025 => DemoCsvFormat.DutchExcel("d-M-yyyy", thousandsSeparator: false),
        _ => DemoCsvFormat.Utf8("yyyy-MM-dd", byteOrderMark: true),
    };
}
